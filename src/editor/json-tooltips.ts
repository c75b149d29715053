// Tooltips in the JSON views: what a top-level member's name means, and what its value says (a time
// in several forms). They open on hover, and at the cursor when it is moved with the keyboard, so
// keyboard users get them too; Escape closes them. The words come from the caller's StyleMember.
import { StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state'
import { EditorView, closeHoverTooltips, hasHoverTooltips, hoverTooltip, keymap, showTooltip, type Tooltip } from '@codemirror/view'
import { readLineMember } from './json-line-member'
import type { StyleMember, TooltipContent } from './json-highlighting'

interface Target {
  from: number
  to: number
  content: TooltipContent
}

/**
 * The top-level member name or value at `pos` that the caller has something to say about. `side`
 * is where the pointer is (-1 before `pos`, 1 after); the cursor, without a side, touches both ends.
 */
function targetAt(state: EditorState, pos: number, styleMember: StyleMember, side?: -1 | 1): Target | undefined {
  const line = state.doc.lineAt(pos)
  const member = readLineMember(line.text)
  const style = member ? styleMember(member.name) : undefined
  if (!member || !style) return undefined
  const offset = pos - line.from
  const touches = (from: number, to: number) => offset >= from && offset <= to && !(offset === from && side === -1) && !(offset === to && side === 1)
  const found = (from: number, to: number, content: TooltipContent | undefined) => (content ? { from: line.from + from, to: line.from + to, content } : undefined)
  if (style.describe && touches(member.nameFrom, member.nameTo)) return found(member.nameFrom, member.nameTo, style.describe())
  if (style.describeValue && member.value && touches(member.value.from, member.value.to)) return found(member.value.from, member.value.to, style.describeValue(member.value.text))
  return undefined
}

function tooltipFor(target: Target, isAnnounced: boolean): Tooltip {
  return { pos: target.from, end: target.to, above: true, create: () => ({ dom: renderContent(target.content, isAnnounced) }) }
}

// Text only (textContent), never markup: values come from the token being inspected.
function renderContent(content: TooltipContent, isAnnounced: boolean): HTMLElement {
  const dom = document.createElement('div')
  dom.className = 'cm-json-tooltip'
  dom.setAttribute('role', 'tooltip')
  // The keyboard's tooltip is read out when it appears; the hover one needs no announcement.
  if (isAnnounced) dom.setAttribute('aria-live', 'polite')
  const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className: string, text?: string) => {
    const element = document.createElement(tag)
    element.className = className
    if (text !== undefined) element.textContent = text
    parent.appendChild(element)
    return element
  }
  add(dom, 'div', 'cm-json-tooltip-heading', content.heading)
  if (content.text) add(dom, 'p', 'cm-json-tooltip-text', content.text)
  if (content.facts?.length) {
    const list = add(dom, 'dl', 'cm-json-tooltip-facts')
    for (const { label, value } of content.facts) {
      add(list, 'dt', '', label)
      add(list, 'dd', '', value)
    }
  }
  if (content.source) add(dom, 'p', 'cm-json-tooltip-source', content.source)
  return dom
}

const hideCursorTooltip = StateEffect.define<null>()

function cursorTooltip(styleMember: StyleMember) {
  return StateField.define<Tooltip | null>({
    create: () => null,
    update(tooltip, tr) {
      if (tr.effects.some((effect) => effect.is(hideCursorTooltip))) return null
      if (tr.docChanged) return null
      if (!tr.selection) return tooltip
      // Only a cursor moved by the keyboard: a click already shows the hover tooltip.
      if (!tr.isUserEvent('select') || tr.isUserEvent('select.pointer')) return null
      const { main } = tr.state.selection
      const target = main.empty ? targetAt(tr.state, main.head, styleMember) : undefined
      return target ? tooltipFor(target, true) : null
    },
    provide: (field) => showTooltip.from(field),
  })
}

const tooltipTheme = EditorView.theme({
  // Tailwind's slate palette; light-dark() follows the page's color-scheme, which the theme toggle pins.
  // These are the only tooltips in the editors that use them.
  '.cm-tooltip': {
    backgroundColor: 'light-dark(#ffffff, #0f172a)',
    color: 'light-dark(#0f172a, #e2e8f0)',
    border: '1px solid light-dark(#cbd5e1, #334155)',
    borderRadius: '0.375rem',
    boxShadow: '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)',
  },
  '.cm-json-tooltip': {
    maxWidth: '24rem',
    padding: '0.5rem 0.75rem',
    fontFamily: 'ui-sans-serif, system-ui, sans-serif',
    fontSize: '0.8125rem',
    lineHeight: '1.45',
    whiteSpace: 'normal',
  },
  '.cm-json-tooltip-heading': { fontWeight: '600' },
  '.cm-json-tooltip-text': { margin: '0.25rem 0 0' },
  '.cm-json-tooltip-facts': { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '0.75rem', margin: '0.375rem 0 0' },
  '.cm-json-tooltip-facts dt': { color: 'light-dark(#475569, #94a3b8)' },
  '.cm-json-tooltip-facts dd': { margin: '0', fontVariantNumeric: 'tabular-nums' },
  '.cm-json-tooltip-source': { margin: '0.375rem 0 0', fontSize: '0.75rem', color: 'light-dark(#475569, #94a3b8)' },
})

export function jsonTooltips(styleMember: StyleMember): Extension {
  const cursorField = cursorTooltip(styleMember)
  return [
    cursorField,
    hoverTooltip((view, pos, side) => {
      const target = targetAt(view.state, pos, styleMember, side)
      // The same words already stand at the cursor: say them once.
      if (!target || view.state.field(cursorField)?.pos === target.from) return null
      return tooltipFor(target, false)
    }),
    EditorView.focusChangeEffect.of((state, focusing) => (!focusing && state.field(cursorField) ? hideCursorTooltip.of(null) : null)),
    keymap.of([
      {
        key: 'Escape',
        run: (view) => {
          const isOpen = view.state.field(cursorField) !== null || hasHoverTooltips(view.state)
          if (isOpen) view.dispatch({ effects: [hideCursorTooltip.of(null), closeHoverTooltips] })
          return isOpen
        },
      },
    ]),
    tooltipTheme,
  ]
}

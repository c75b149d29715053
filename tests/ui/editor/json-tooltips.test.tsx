import { afterEach, describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView, activateHover } from '@codemirror/view'
import { jsonHighlighting, type StyleMember } from '../../../src/editor/json-highlighting'
import { jsonTooltips } from '../../../src/editor/json-tooltips'

const styleMember: StyleMember = (name) =>
  name === 'exp'
    ? {
        className: 'claim-time',
        describe: () => ({ heading: 'Expiration time (exp)', text: 'When it ends.', source: 'RFC 7519 §4.1.4' }),
        describeValue: (valueText) => (/^\d+$/.test(valueText) ? { heading: 'Expiration time', facts: [{ label: 'Seconds', value: valueText }] } : undefined),
      }
    : name === 'sub'
      ? { className: 'claim-identity' }
      : undefined

const json = '{\n  "sub": "ada",\n  "exp": 4102444800,\n  "nested": { "exp": 1 }\n}'
const at = (text: string, offset = 1) => json.indexOf(text) + offset

let view: EditorView
afterEach(() => view.destroy())

function open(readOnly = true) {
  view = new EditorView({
    state: EditorState.create({ doc: json, extensions: [EditorState.readOnly.of(readOnly), jsonHighlighting(styleMember), jsonTooltips(styleMember)] }),
    parent: document.body,
  })
}

const tooltips = () => [...view.dom.querySelectorAll('.cm-json-tooltip')]
const tooltipText = () => tooltips().map((tooltip) => tooltip.textContent)
const moveCursor = (pos: number, userEvent = 'select') => view.dispatch({ selection: { anchor: pos }, userEvent })
const hover = async (pos: number) => {
  activateHover(view, pos, 1)
  // The source is asked in a later task.
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('jsonTooltips', () => {
  it('describes a top-level name on hover', async () => {
    open()
    await hover(at('"exp"', 2))
    expect(tooltipText()).toEqual(['Expiration time (exp)When it ends.RFC 7519 §4.1.4'])
    expect(view.dom.querySelector('.cm-json-tooltip-source')).toHaveTextContent('RFC 7519 §4.1.4')
  })

  it('describes a value on hover when the caller has words for it', async () => {
    open()
    await hover(at('4102444800', 3))
    expect(view.dom.querySelector('.cm-json-tooltip dl')).toHaveTextContent('Seconds4102444800')
  })

  it.each([
    ['a nested member of the same name', at('"exp": 1', 2)],
    ['a member the caller styles but says nothing about', at('"sub"', 2)],
    ['a value the caller has no words for', at('"ada"', 2)],
    ['punctuation', at('{')],
  ])('shows nothing over %s', async (_name, pos) => {
    open()
    await hover(pos)
    expect(tooltips()).toHaveLength(0)
  })

  it('opens at the cursor moved by the keyboard, and announces it', () => {
    open()
    moveCursor(at('4102444800'))
    expect(tooltips()).toHaveLength(1)
    expect(tooltips()[0]).toHaveAttribute('aria-live', 'polite')
    expect(tooltipText()[0]).toContain('4102444800')
    moveCursor(at('"exp"'))
    expect(tooltipText()).toEqual(['Expiration time (exp)When it ends.RFC 7519 §4.1.4'])
    moveCursor(at('"ada"'))
    expect(tooltips()).toHaveLength(0)
  })

  it('leaves a click to the hover tooltip, so the words appear once', () => {
    open()
    moveCursor(at('"exp"'), 'select.pointer')
    expect(tooltips()).toHaveLength(0)
  })

  it('closes with Escape', () => {
    open()
    moveCursor(at('"exp"'))
    view.contentDOM.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(tooltips()).toHaveLength(0)
  })

  // happy-dom fires selectionchange inside CodeMirror's own focus handling, so the blur is
  // delivered as CodeMirror does: through the focus-change effects the editor registers.
  it('closes when the editor loses focus', () => {
    open()
    moveCursor(at('"exp"'))
    expect(tooltips()).toHaveLength(1)
    const effects = view.state.facet(EditorView.focusChangeEffect).map((effectOf) => effectOf(view.state, false))
    view.dispatch({ effects: effects.filter((effect) => effect !== null) })
    expect(tooltips()).toHaveLength(0)
  })

  it('closes when the text changes', () => {
    open(false)
    moveCursor(at('"exp"'))
    view.dispatch({ changes: { from: 0, insert: ' ' } })
    expect(tooltips()).toHaveLength(0)
  })

  it('draws the member names without a title attribute', () => {
    open()
    expect(view.contentDOM.querySelector('.claim-time')).toHaveTextContent('"exp"')
    expect(view.contentDOM.querySelector('[title]')).toBeNull()
  })
})

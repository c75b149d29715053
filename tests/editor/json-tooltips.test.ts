import { describe, expect, it } from 'vitest'
import { EditorState, type TransactionSpec } from '@codemirror/state'
import { EditorView, showTooltip, type Tooltip } from '@codemirror/view'
import { jsonTooltips } from '../../src/editor/json-tooltips'
import type { StyleMember } from '../../src/editor/json-highlighting'

// The keyboard's tooltip is state: a field that follows the cursor. These tests move the cursor
// with transactions and read what the state offers to show, without a view (nothing is drawn, so
// a tooltip's `create` is never called here; tests/ui/editor/json-tooltips.test.tsx draws them).

const styleMember: StyleMember = (name) =>
  name === 'exp'
    ? {
        className: 'claim-time',
        describe: () => ({ heading: 'Expiration time (exp)' }),
        describeValue: (valueText) => (/^\d+$/.test(valueText) ? { heading: 'Expiration time', facts: [{ label: 'Seconds', value: valueText }] } : undefined),
      }
    : name === 'sub'
      ? { className: 'claim-identity' }
      : undefined

const json = '{\n  "sub": "ada",\n  "exp": 4102444800,\n  "nested": { "exp": 1 },\n  "late": "x", "exp": 2\n}'
const at = (text: string, offset = 0) => json.indexOf(text) + offset

const start = () => EditorState.create({ doc: json, extensions: jsonTooltips(styleMember) })
const moved = (state: EditorState, pos: number, userEvent = 'select') => state.update({ selection: { anchor: pos }, userEvent }).state
/** Where the tooltips the state shows stand, as the text they cover. */
const shown = (state: EditorState) =>
  state
    .facet(showTooltip)
    .filter((tooltip): tooltip is Tooltip => tooltip !== null)
    .map((tooltip) => state.sliceDoc(tooltip.pos, tooltip.end ?? tooltip.pos))

describe('the cursor tooltip', () => {
  it('shows nothing in a fresh state', () => {
    expect(shown(start())).toEqual([])
  })

  it('covers a described top-level name when the keyboard puts the cursor in it or at either end', () => {
    for (const pos of [at('"exp"'), at('"exp"', 2), at('"exp"', 5)]) expect(shown(moved(start(), pos))).toEqual(['"exp"'])
  })

  it('covers a value the caller has words for', () => {
    expect(shown(moved(start(), at('4102444800', 3)))).toEqual(['4102444800'])
  })

  it('shows nothing for a member without words, a nested member, or the blanks around a member', () => {
    expect(shown(moved(start(), at('"sub"', 1)))).toEqual([])
    expect(shown(moved(start(), at('"exp": 1 }', 1)))).toEqual([])
    expect(shown(moved(start(), at('  "exp"')))).toEqual([])
    // A second member on the line is no top-level line member.
    expect(shown(moved(start(), at('"exp": 2', 1)))).toEqual([])
  })

  it('waits for the keyboard: a pointer, a script or a selection of text opens none', () => {
    expect(shown(moved(start(), at('"exp"', 1), 'select.pointer'))).toEqual([])
    expect(shown(start().update({ selection: { anchor: at('"exp"', 1) } }).state)).toEqual([])
    expect(shown(start().update({ selection: { anchor: at('"exp"'), head: at('"exp"', 5) }, userEvent: 'select' }).state)).toEqual([])
  })

  it('follows the cursor, and closes when it moves away, when the text changes or when focus leaves', () => {
    let state = moved(start(), at('"exp"', 1))
    state = moved(state, at('4102444800'))
    expect(shown(state)).toEqual(['4102444800'])
    expect(shown(moved(state, at('"sub"', 1)))).toEqual([])
    // A transaction without a selection keeps it.
    expect(shown(state.update({}).state)).toEqual(['4102444800'])
    expect(shown(state.update({ changes: { from: 0, insert: ' ' } }).state)).toEqual([])
    const blurred: TransactionSpec = { effects: state.facet(EditorView.focusChangeEffect).map((effectOf) => effectOf(state, false)).filter((effect) => effect !== null) }
    expect(blurred.effects).toHaveLength(1)
    expect(shown(state.update(blurred).state)).toEqual([])
  })

  it('places the tooltip above the text it covers', () => {
    const [tooltip] = moved(start(), at('"exp"', 1)).facet(showTooltip)
    expect(tooltip).toMatchObject({ pos: at('"exp"'), end: at('"exp"', 5), above: true })
  })
})

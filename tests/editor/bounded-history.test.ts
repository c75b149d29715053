import { describe, expect, it } from 'vitest'
import { EditorState, Transaction, type StateCommand } from '@codemirror/state'
import { redo, undo, undoDepth } from '@codemirror/commands'
import { boundedHistory } from '../../src/editor/bounded-history'

// What the history records, seen on states alone. The bound itself is kept by a view plugin (it
// starts the history afresh in a later dispatch), so that part is tested with a view in
// tests/ui/editor/bounded-history.test.tsx.

/** Runs a command such as undo on a state, returning the state it leads to (or undefined if it did nothing). */
function run(command: StateCommand, state: EditorState): EditorState | undefined {
  let next: EditorState | undefined
  command({ state, dispatch: (tr) => (next = tr.state) })
  return next
}

const typed = (state: EditorState, from: number, to: number, insert: string) => state.update({ changes: { from, to, insert }, userEvent: 'input.paste' }).state

describe('boundedHistory on a state', () => {
  it('records edits, and undoes and redoes them', () => {
    let state = EditorState.create({ doc: 'abc', extensions: boundedHistory(100) })
    state = typed(state, 0, 3, 'xyz')
    expect(undoDepth(state)).toBe(1)
    const undone = run(undo, state)!
    expect(undone.doc.toString()).toBe('abc')
    expect(run(redo, undone)!.doc.toString()).toBe('xyz')
  })

  it('leaves out a change marked as not for the history, as a value set from outside is', () => {
    let state = EditorState.create({ doc: 'abc', extensions: boundedHistory(100) })
    state = state.update({ changes: { from: 0, to: 3, insert: 'outside' }, annotations: Transaction.addToHistory.of(false) }).state
    expect(undoDepth(state)).toBe(0)
    expect(run(undo, state)).toBeUndefined()
  })
})

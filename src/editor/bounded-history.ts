// Undo and redo with a bound on the text they hold. CodeMirror's history is bounded by event count
// only, and each paste over a token keeps the replaced token for undo: a dozen pastes of a 4 MB
// token held tens of megabytes after the last one was gone. Once the text removed by recorded
// changes passes the bound, the history starts afresh; forgetHistory() starts it afresh at will.
import { Compartment, Facet, StateField, Transaction, type Extension } from '@codemirror/state'
import { EditorView, ViewPlugin, keymap } from '@codemirror/view'
import { history, historyKeymap } from '@codemirror/commands'

/** About 2 MB of removed text (a character takes one or two bytes). */
export const maxUndoChars = 2 * 1024 * 1024

/** Characters removed by the changes the history has recorded since it started. */
const undoChars = StateField.define<number>({
  create: () => 0,
  update(count, tr) {
    if (!tr.docChanged || tr.annotation(Transaction.addToHistory) === false) return count
    let removed = 0
    tr.changes.iterChanges((fromA, toA) => {
      removed += toA - fromA
    })
    return count + removed
  },
})

/** Where this editor's history lives, so it can be taken out and put back. */
const historySlot = Facet.define<{ compartment: Compartment; undo: Extension }>()

/**
 * Drops all undo and redo, keeping the text and selection: the history's fields are taken out and
 * fresh ones put in. Call it outside an update (a view cannot dispatch while it updates).
 */
export function forgetHistory(view: EditorView) {
  const [slot] = view.state.facet(historySlot)
  if (!slot) return
  view.dispatch({ effects: slot.compartment.reconfigure([]) })
  view.dispatch({ effects: slot.compartment.reconfigure(slot.undo) })
}

export function boundedHistory(maxChars = maxUndoChars): Extension {
  const compartment = new Compartment()
  const undo = [history(), keymap.of(historyKeymap), undoChars]
  const forgetter = ViewPlugin.define((view) => {
    let isScheduled = false
    let isDestroyed = false
    return {
      update(update) {
        if (isScheduled || (update.state.field(undoChars, false) ?? 0) <= maxChars) return
        isScheduled = true
        queueMicrotask(() => {
          isScheduled = false
          if (!isDestroyed) forgetHistory(view)
        })
      },
      destroy() {
        isDestroyed = true
      },
    }
  })
  return [compartment.of(undo), historySlot.of({ compartment, undo }), forgetter]
}

// What CodeMirror needs from happy-dom beyond what it has. happy-dom already answers the layout
// queries CodeMirror makes (getClientRects and getBoundingClientRect on elements and ranges, all
// zero-sized), so the editor builds, draws and measures. One thing differs from a browser: happy-dom
// fires `selectionchange` synchronously, inside the call that moved the selection. CodeMirror moves
// the DOM selection while it applies an update and reads it back on `selectionchange`, so a
// synchronous event makes it start an update inside its own ("Calls to EditorView.update are not
// allowed while an update is in progress"). Browsers queue the event as a task (Selection API,
// "schedule a selectionchange event"), and so does this.

const queued = new WeakSet<Event>()
const dispatchNow = document.dispatchEvent.bind(document)

document.dispatchEvent = (event: Event): boolean => {
  if (event.type !== 'selectionchange' || queued.has(event)) return dispatchNow(event)
  queued.add(event)
  setTimeout(() => dispatchNow(event))
  return true
}

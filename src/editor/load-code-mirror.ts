// CodeMirror is the largest chunk of the page, and a visit that only reads a token never needs it.
// It loads once, for every editor, when a person shows up: the first key, pointer move, touch, wheel
// or scroll anywhere, or when an editor asks for it (focus, a click, a document too big to mirror).
// Never on a timer or when idle: a visit without interaction downloads none of it.

type CodeMirrorModule = typeof import('./code-mirror-view')

let loading: Promise<CodeMirrorModule> | undefined
const waiting = new Set<() => void>()

/** Starts loading CodeMirror, unless it has started; the promise is shared by every editor. */
export function loadCodeMirror(): Promise<CodeMirrorModule> {
  if (loading) return loading
  const started = import('./code-mirror-view')
  loading = started
  // A failed load (offline, or a chunk gone after a deploy) leaves the light views in place; the
  // next request tries again.
  started.catch(() => {
    if (loading === started) loading = undefined
  })
  stopWatching()
  for (const notify of [...waiting]) notify()
  return started
}

/** Calls `onRequested` once CodeMirror has been asked for, at once if it has. Returns a cancel function. */
export function whenCodeMirrorRequested(onRequested: () => void): () => void {
  if (loading) {
    onRequested()
    return () => undefined
  }
  // A function of its own, so one editor asking twice is two separate waits.
  const notify = () => {
    waiting.delete(notify)
    onRequested()
  }
  waiting.add(notify)
  return () => waiting.delete(notify)
}

// Signs of a person at the page. A pointer user moves the pointer before anything else, so CodeMirror
// is usually in place before the first click or key reaches an editor, and the swap goes unseen.
const interactions = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const
const listenerOptions = { capture: true, passive: true } as const
let isWatching = false

const onInteraction = () => {
  void loadCodeMirror()
}

/** Loads CodeMirror on the first interaction anywhere in the document. Safe to call more than once. */
export function loadCodeMirrorOnInteraction() {
  if (isWatching || loading) return
  isWatching = true
  for (const type of interactions) window.addEventListener(type, onInteraction, listenerOptions)
}

function stopWatching() {
  if (!isWatching) return
  isWatching = false
  for (const type of interactions) window.removeEventListener(type, onInteraction, listenerOptions)
}

// Hosts that send no headers (GitHub Pages ignores _headers) cannot forbid framing with
// frame-ancestors, and a meta tag cannot say it. So the page checks for itself: inside another
// site's frame, where a visitor could be tricked into clicks they cannot see, it does not start and
// offers to open itself in its own tab instead.

/** True when the page is shown inside a frame of another origin (or one it may not inspect). */
export function isFramedByAnotherSite(view: Window = window): boolean {
  if (view.top === view.self) return false
  try {
    return view.top?.location.origin !== view.location.origin
  } catch {
    // Reading a cross-origin parent's location throws: that is the frame this guards against.
    return true
  }
}

/** Replaces the page with a sentence and a link that opens it outside the frame. */
export function refuseFraming(root: HTMLElement, address: string = location.href): void {
  const notice = document.createElement('main')
  notice.setAttribute('data-testid', 'framed-notice')
  notice.className = 'mx-auto max-w-xl px-4 py-12 text-center'
  const text = document.createElement('p')
  text.textContent = 'JWT Workbench does not run inside another site’s frame, where clicks and keystrokes could be steered by a page you cannot see.'
  const link = document.createElement('a')
  link.href = address
  link.target = '_top'
  link.rel = 'noopener'
  link.className = 'mt-4 inline-block font-semibold text-sky-700 underline'
  link.textContent = 'Open JWT Workbench in its own tab'
  notice.append(text, link)
  root.replaceChildren(notice)
}

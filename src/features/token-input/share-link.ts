/** A link that opens the debugger with this token; the fragment is never sent to a server. */
export function buildShareLink(token: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#/?token=${encodeURIComponent(token)}`
}

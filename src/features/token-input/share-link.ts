/** A link that opens the debugger with this token; the fragment is never sent to a server. */
export function buildShareLink(token: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#/?token=${encodeURIComponent(token)}`
}

/**
 * The address to show instead of `location`, or null when it is right as it is. Every route and its
 * token live in the fragment, but the router's hash history also reads a query in front of it (the
 * ?utm_source=… that messengers and trackers add) into the route, and a shared token came out as
 * "T?utm=1". The app reads nothing from that query, so it is dropped before the router starts.
 */
export function addressForRoute(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string | null {
  return location.search === '' ? null : `${location.pathname}${location.hash}`
}

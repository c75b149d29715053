// The finder's parsers (HAR, curl, headers, JSON paths) load when a text first needs them, not with
// the page: most visits paste one token and never search.
import type { findTokens } from '../../core/find/find-tokens'

export type FindTokens = typeof findTokens

let loaded: FindTokens | null = null
let loading: Promise<FindTokens> | null = null

/** The finder once its code has loaded, else null. */
export function loadedFinder(): FindTokens | null {
  return loaded
}

export function loadFinder(): Promise<FindTokens> {
  loading ??= import('../../core/find/find-tokens').then((module) => (loaded = module.findTokens))
  return loading
}

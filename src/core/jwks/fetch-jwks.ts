// Fetches a JWK Set from a JWKS URL, an issuer, or its discovery metadata (OpenID Connect Discovery, RFC 8414).
import { scanJson, type JsonObject, type JsonValue } from '../json/scan-json'
import { err, ok, type Result } from '../result'
import { urlProblem } from './jwks-url'
import { quote, shorten } from '../text/quote'
import { describeJsonType, isJsonObject } from '../json/json-value'
import { plural } from '../text/words'

export interface FetchedDocument {
  /** The URL requested. */
  url: string
  /** Where redirects ended, when that differs from url. */
  redirectedTo?: string
  /** null: no HTTP response (network error, CORS block, timeout). */
  status: number | null
  contentType: string | null
  /** What the document turned out to be, in words. */
  summary: string
}

export interface JwksResult {
  jwks: { keys: JsonObject[] }
  jwksUrl: string
  /** The issuer named by the discovery metadata, when the keys were found through it. */
  issuer?: string
  /** Every request made, in order. */
  fetched: FetchedDocument[]
}

/** What went wrong, for callers to branch on; the message says it in words with a hint. */
export type JwksFailureCode =
  | 'invalid-url'
  | 'insecure-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'not-json'
  | 'not-jwks'
  | 'not-metadata'
  | 'issuer-mismatch'
  | 'no-jwks-uri'
  | 'invalid-jwks-uri'
  | 'empty-key-set'
  | 'invalid-key-set'

export interface JwksFailure {
  code: JwksFailureCode
  message: string
  fetched: FetchedDocument[]
}

const fetchTimeoutMs = 15_000
// Characters, not bytes: close enough to 1 MB, and a large real JWK Set is a few tens of kB.
const maxBodyLength = 1_000_000

/** Why a URL is fetched, which decides how its failures are explained. */
type Role = 'entered' | 'metadata' | 'jwks'

interface Problem {
  code: JwksFailureCode
  /** What happened, naming the URL. */
  what: string
  /** What to try next. */
  hint: string
  /** How far the attempt got: 0 no usable document, 1 the right kind of document but unusable, 2 failed after following jwks_uri. */
  depth: 0 | 1 | 2
}

interface Found {
  jwks: { keys: JsonObject[] }
  jwksUrl: string
  issuer?: string
}

interface Context {
  fetchFn: typeof fetch
  fetched: FetchedDocument[]
}

type WellKnownForm =
  // OpenID Connect Discovery §4: appended to the issuer
  | { segment: 'openid-configuration'; position: 'appended' }
  // RFC 8414 §3.1: inserted between the host and the issuer's path (also used for OpenID, §5)
  | { segment: 'openid-configuration' | 'oauth-authorization-server'; position: 'inserted' }

type IssuerCheck =
  // The URL entered was a well-known URL: the metadata must name the issuer that URL belongs to.
  | { kind: 'well-known'; form: WellKnownForm; url: string; impliedIssuer: string }
  // The URL entered was treated as an issuer: the metadata must name exactly that issuer.
  | { kind: 'issuer'; issuer: string }
  // The URL entered answered metadata directly: there is no issuer to compare with.
  | { kind: 'none' }

const issuerFallbacks: WellKnownForm[] = [
  { segment: 'openid-configuration', position: 'appended' },
  { segment: 'oauth-authorization-server', position: 'inserted' },
]

const copyJsonHint: Record<Role, string> = {
  entered: 'copy the JSON into the key box instead',
  metadata: 'open its "jwks_uri" too and copy that JSON into the key box',
  jwks: 'copy the JSON into the key box instead',
}

// HTTP/2 has no reason phrases, so browsers often give an empty statusText: name the common codes ourselves.
const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export async function fetchJwks(url: string, fetchFn: typeof fetch = globalThis.fetch): Promise<Result<JwksResult, JwksFailure>> {
  const context: Context = { fetchFn, fetched: [] }
  const found = await findKeys(url.trim(), context)
  if (found.ok) return ok({ ...found.value, fetched: context.fetched })
  const { code, what, hint } = found.error
  return err({ code, message: `${what} ${hint}`, fetched: context.fetched })
}

async function findKeys(entered: string, context: Context): Promise<Result<Found, Problem>> {
  const invalid = checkEnteredUrl(entered)
  if (invalid !== undefined) return err(invalid)
  const wellKnown = parseWellKnownUrl(entered)
  if (wellKnown !== undefined) return keysFromMetadataUrl(entered, { kind: 'well-known', url: entered, ...wellKnown }, context)
  // An issuer's own URL is usually a web page that answers without CORS (or 404), which the browser logs as
  // errors: an issuer is looked up at its well-known URLs, and only a URL that looks like a document is fetched.
  if (mayBeIssuer(entered) && !looksLikeDocumentUrl(entered)) return keysFromIssuer(entered, context)
  return keysFromEnteredUrl(entered, context)
}

/**
 * Whether a URL looks like a JWK Set or metadata document rather than an issuer: it has a query, ends in
 * .json, or has a path segment such as jwks, certs, keys or .well-known (Auth0, Google, Keycloak, Okta, Azure).
 */
function looksLikeDocumentUrl(url: string): boolean {
  const { search, hash, pathname } = new URL(url)
  if (search !== '' || hash !== '') return true
  const segments = pathname.toLowerCase().split('/').filter((segment) => segment !== '')
  if (/\.(json|jwks?)$/.test(segments[segments.length - 1] ?? '')) return true
  return segments.some((segment) => segment.includes('jwk') || /^(certs?|keys?|public[-_]?keys?|\.well-known|openid-configuration|oauth-authorization-server)$/.test(segment))
}

/** OpenID Connect Discovery §4 first (the usual place), then RFC 8414 §3.1 with the issuer's path after the well-known segment. */
async function keysFromIssuer(issuer: string, context: Context): Promise<Result<Found, Problem>> {
  const problems: Problem[] = []
  for (const form of issuerFallbacks) {
    const metadataUrl = wellKnownUrl(issuer, form)
    if (metadataUrl === undefined) continue
    const found = await keysFromMetadataUrl(metadataUrl, { kind: 'issuer', issuer }, context)
    if (found.ok) return found
    problems.push(found.error)
    // A server that timed out once would probably make the user wait as long again.
    if (found.error.code === 'timeout') break
  }
  const deepest = problems.reduce((best, next) => (next.depth > best.depth ? next : best))
  if (deepest.depth > 0 || problems.length === 1) return err(deepest)
  return err({
    code: deepest.code,
    what: `No discovery metadata was found for the issuer ${shorten(issuer)}. ${problems.map((problem) => problem.what).join(' ')}`,
    hint: 'Check the issuer URL, or enter its JWKS URL instead (it often ends in /jwks.json, /certs or /keys).',
    depth: 0,
  })
}

function checkEnteredUrl(entered: string): Problem | undefined {
  if (entered === '') {
    return { code: 'invalid-url', what: 'There is no URL to fetch.', hint: 'Enter a JWKS URL, an issuer URL or a discovery URL.', depth: 0 }
  }
  const hint = 'Enter a full address starting with https://.'
  switch (urlProblem(entered)) {
    case 'not-url':
      return { code: 'invalid-url', what: `${quote(entered)} is not a URL.`, hint, depth: 0 }
    case 'not-web':
      return { code: 'invalid-url', what: `${quote(entered)} is not an https URL.`, hint, depth: 0 }
    case 'credentials':
      return {
        code: 'invalid-url',
        what: `${shorten(entered)} contains a user name or password.`,
        hint: 'Remove it: keys are public, and this page never sends credentials.',
        depth: 0,
      }
    case 'insecure':
      return {
        code: 'insecure-url',
        what: `${shorten(entered)} uses plain http, so the keys could be swapped in transit: use its https address.`,
        hint: 'Plain http is accepted only for local development hosts such as localhost and 127.0.0.1.',
        depth: 0,
      }
    case undefined:
      return undefined
  }
}

function parseWellKnownUrl(url: string): { form: WellKnownForm; impliedIssuer: string } | undefined {
  // Issuers have no query or fragment (RFC 8414 §2, OpenID Connect Discovery §2), so neither do their well-known URLs.
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)(\/[^?#]*)?$/i.exec(url)
  if (match === null) return undefined
  const authority = match[1]!
  const path = match[2] ?? ''
  const appended = '/.well-known/openid-configuration'
  if (path.endsWith(appended)) {
    return { form: { segment: 'openid-configuration', position: 'appended' }, impliedIssuer: authority + path.slice(0, -appended.length) }
  }
  const inserted = /^\/\.well-known\/(openid-configuration|oauth-authorization-server)(\/.*)?$/.exec(path)
  if (inserted === null) return undefined
  const segment = inserted[1] as 'openid-configuration' | 'oauth-authorization-server'
  return { form: { segment, position: 'inserted' }, impliedIssuer: authority + (inserted[2] ?? '') }
}

/** Where the metadata of an issuer lives in the given form; a terminating "/" is dropped first in both specs. */
function wellKnownUrl(issuer: string, form: WellKnownForm): string | undefined {
  if (form.position === 'appended') return `${withoutTrailingSlash(issuer)}/.well-known/${form.segment}`
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)(.*)$/i.exec(issuer)
  if (match === null) return undefined
  return `${match[1]!}/.well-known/${form.segment}${withoutTrailingSlash(match[2]!)}`
}

function withoutTrailingSlash(text: string): string {
  return text.endsWith('/') ? text.slice(0, -1) : text
}

// An issuer is an https URL without query or fragment (RFC 8414 §2); no issuer lives under /.well-known/.
function mayBeIssuer(url: string): boolean {
  return /^https?:\/\/[^/?#]+(\/[^?#]*)?$/i.test(url) && !url.includes('/.well-known/')
}


function isMetadata(value: JsonObject): boolean {
  return Object.hasOwn(value, 'jwks_uri') || typeof value.issuer === 'string'
}

async function keysFromEnteredUrl(entered: string, context: Context): Promise<Result<Found, Problem>> {
  const fetched = await fetchJson(entered, 'entered', context)
  let problem: Problem
  if (fetched.ok) {
    const { value, fetchedDocument } = fetched.value
    const at = describeLocation(fetchedDocument)
    if (isJsonObject(value) && Object.hasOwn(value, 'keys')) {
      const keys = checkKeySet(value, at, 1)
      return keys.ok ? ok({ jwks: keys.value, jwksUrl: entered }) : keys
    }
    if (isJsonObject(value) && isMetadata(value)) return keysFromMetadata(value, fetchedDocument, { kind: 'none' }, context)
    if (isJsonObject(value) && typeof value.kty === 'string') {
      return err({ code: 'not-jwks', what: `${at} answered a single JWK, not a JWK Set.`, hint: 'Copy it into the key box instead.', depth: 1 })
    }
    problem = {
      code: 'not-jwks',
      what: isJsonObject(value)
        ? `${at} answered JSON that is neither a JWK Set (it has no "keys") nor discovery metadata (it has no "jwks_uri").`
        : `${at} answered JSON that is ${describeJsonType(value)}, not a JWK Set or discovery metadata.`,
      hint: 'Enter a JWKS URL, an issuer URL or a discovery URL.',
      depth: 0,
    }
  } else {
    problem = fetched.error
  }
  // A server that timed out once would probably make the user wait as long again for each guess.
  if (!mayBeIssuer(entered) || problem.code === 'timeout') return err(problem)

  // Not keys, not metadata: perhaps the URL is an issuer, whose metadata lives at a well-known URL.
  const problems = [problem]
  for (const form of issuerFallbacks) {
    const metadataUrl = wellKnownUrl(entered, form)
    if (metadataUrl === undefined) continue
    const found = await keysFromMetadataUrl(metadataUrl, { kind: 'issuer', issuer: entered }, context)
    if (found.ok) return found
    problems.push(found.error)
    if (found.error.code === 'timeout') break
  }
  // The attempt that got furthest explains most; on a tie, the URL the user entered.
  const deepest = problems.reduce((best, next) => (next.depth > best.depth ? next : best))
  if (deepest !== problem || problem.code === 'network') return err(deepest)
  return err({ ...problem, hint: 'No discovery metadata could be read for it as an issuer either: check the URL, or enter the JWKS URL itself.' })
}

async function keysFromMetadataUrl(url: string, check: IssuerCheck, context: Context): Promise<Result<Found, Problem>> {
  const fetched = await fetchJson(url, 'metadata', context)
  if (!fetched.ok) return fetched
  const { value, fetchedDocument } = fetched.value
  if (!isJsonObject(value) || !isMetadata(value)) {
    const at = describeLocation(fetchedDocument)
    return err({
      code: 'not-metadata',
      what: isJsonObject(value)
        ? `${at} answered JSON that is not discovery metadata: it has neither "issuer" nor "jwks_uri".`
        : `${at} answered JSON that is ${describeJsonType(value)}, not a discovery metadata object.`,
      hint: "Enter the issuer's JWKS URL instead.",
      depth: 0,
    })
  }
  return keysFromMetadata(value, fetchedDocument, check, context)
}

async function keysFromMetadata(metadata: JsonObject, fetchedDocument: FetchedDocument, check: IssuerCheck, context: Context): Promise<Result<Found, Problem>> {
  const at = describeLocation(fetchedDocument)
  const issuer = typeof metadata.issuer === 'string' ? metadata.issuer : undefined
  const mismatch = issuerMismatch(issuer, check, at)
  if (mismatch !== undefined) {
    fetchedDocument.summary += `; its issuer does not match`
    return err(mismatch)
  }
  if (check.kind === 'none' && issuer !== undefined && issuer !== fetchedDocument.url) {
    // Followed anyway: the specs check metadata against the issuer it was looked up for, and here nothing was
    // looked up; the user entered this document's URL on purpose. The summary and the result's issuer say whose it is.
    fetchedDocument.summary += '; its issuer differs from the URL entered, followed anyway'
  }

  const jwksUri = metadata.jwks_uri
  if (typeof jwksUri !== 'string') {
    return err({
      code: 'no-jwks-uri',
      what:
        jwksUri === undefined
          ? `The discovery metadata at ${at} has no "jwks_uri", so it names no key set.`
          : `The discovery metadata at ${at} has a "jwks_uri" that is ${describeJsonType(jwksUri)}, not a URL.`,
      hint: "Find the issuer's JWKS URL in its documentation and enter it, or paste its keys into the key box.",
      depth: 1,
    })
  }
  const invalid = urlProblem(jwksUri)
  if (invalid === 'insecure') {
    return err({
      code: 'insecure-url',
      what: `The discovery metadata at ${at} gives a plain http "jwks_uri", ${shorten(jwksUri)}, so the keys could be swapped in transit.`,
      hint: 'Only local development hosts may use http: ask the issuer for an https "jwks_uri".',
      depth: 1,
    })
  }
  if (invalid !== undefined) {
    return err({
      code: 'invalid-jwks-uri',
      what: `The discovery metadata at ${at} gives a "jwks_uri" that is not an https URL: ${quote(jwksUri)}.`,
      hint: "Find the issuer's JWKS URL in its documentation and enter it instead.",
      depth: 1,
    })
  }

  const fetched = await fetchJson(jwksUri, 'jwks', context)
  if (!fetched.ok) return err({ ...fetched.error, depth: 2 })
  const { value, fetchedDocument: keysDocument } = fetched.value
  const keysAt = describeLocation(keysDocument)
  if (!isJsonObject(value) || !Object.hasOwn(value, 'keys')) {
    return err({
      code: 'not-jwks',
      what: `${keysAt}, the "jwks_uri" of the discovery metadata, answered JSON without "keys", so it is not a JWK Set.`,
      hint: "Find the issuer's JWKS URL in its documentation and enter it instead.",
      depth: 2,
    })
  }
  const keys = checkKeySet(value, keysAt, 2)
  if (!keys.ok) return keys
  return ok(issuer === undefined ? { jwks: keys.value, jwksUrl: jwksUri } : { jwks: keys.value, jwksUrl: jwksUri, issuer })
}

// OpenID Connect Discovery §4.3 and RFC 8414 §3.3: metadata names the issuer it was looked up for, or is
// not used. This is what catches a discovery document served for another issuer.
function issuerMismatch(issuer: string | undefined, check: IssuerCheck, at: string): Problem | undefined {
  if (check.kind === 'none') return undefined
  const expected = check.kind === 'issuer' ? check.issuer : check.impliedIssuer
  const cite = '(OpenID Connect Discovery §4.3, RFC 8414 §3.3)'
  if (issuer === undefined) {
    return {
      code: 'issuer-mismatch',
      what: `The discovery metadata at ${at} has no "issuer" string, so it cannot be matched to the issuer ${shorten(expected)}.`,
      hint: `Metadata must name its issuer ${cite}, so its keys are not used: enter the issuer's JWKS URL instead if you trust it.`,
      depth: 1,
    }
  }
  const matches = check.kind === 'issuer' ? issuer === check.issuer : wellKnownUrl(issuer, check.form) === check.url
  if (matches) return undefined
  if (check.kind === 'issuer' && withoutTrailingSlash(issuer) === withoutTrailingSlash(check.issuer)) {
    return {
      code: 'issuer-mismatch',
      what: `The discovery metadata at ${at} is for the issuer ${shorten(issuer)}, which differs from ${shorten(check.issuer)} only in the trailing slash.`,
      hint: `Issuers are compared exactly ${cite}, so enter ${shorten(issuer)}, the "iss" its tokens carry.`,
      depth: 1,
    }
  }
  return {
    code: 'issuer-mismatch',
    what:
      check.kind === 'issuer'
        ? `The discovery metadata at ${at} is for the issuer ${shorten(issuer)}, not ${shorten(expected)}.`
        : `The discovery metadata at ${at} is for the issuer ${shorten(issuer)}, but its URL belongs to the issuer ${shorten(expected)}.`,
    hint: `The two must match ${cite}, so its keys are not used: check that the URL belongs to the issuer your token names.`,
    depth: 1,
  }
}

function checkKeySet(value: JsonObject, at: string, depth: 1 | 2): Result<{ keys: JsonObject[] }, Problem> {
  const keys = value.keys
  const hint = 'Check that the URL is the key set of the issuer your token names.'
  if (!Array.isArray(keys)) {
    return err({ code: 'invalid-key-set', what: `The "keys" of ${at} is ${describeJsonType(keys)}, not an array of JWKs.`, hint, depth })
  }
  if (keys.length === 0) {
    return err({
      code: 'empty-key-set',
      what: `The JWK Set at ${at} has no keys.`,
      hint: 'The issuer publishes no public keys there; a token signed with a shared secret (HS256 and the like) is checked with that secret instead.',
      depth,
    })
  }
  for (const [index, key] of keys.entries()) {
    const problem = !isJsonObject(key)
      ? `it is ${describeJsonType(key)}, not an object`
      : key.kty === undefined
        ? 'it has no "kty" member'
        : typeof key.kty !== 'string'
          ? `its "kty" is ${describeJsonType(key.kty)}, not a string`
          : undefined
    if (problem !== undefined) {
      return err({ code: 'invalid-key-set', what: `Key ${index + 1} of the JWK Set at ${at} is not a JWK: ${problem}.`, hint, depth })
    }
  }
  return ok({ keys: keys as JsonObject[] })
}

function describeLocation(fetchedDocument: FetchedDocument): string {
  const url = shorten(fetchedDocument.url)
  return fetchedDocument.redirectedTo === undefined ? url : `${url} (redirected to ${shorten(fetchedDocument.redirectedTo)})`
}

async function fetchJson(url: string, role: Role, context: Context): Promise<Result<{ value: JsonValue; fetchedDocument: FetchedDocument }, Problem>> {
  const fetchedDocument: FetchedDocument = { url, status: null, contentType: null, summary: '' }
  context.fetched.push(fetchedDocument)
  let response: Response
  try {
    // Called unbound: browsers throw "Illegal invocation" when fetch runs with another object as `this`.
    const { fetchFn } = context
    response = await fetchFn(url, {
      // Keys are public: never send cookies, and keep the request simple enough to need no CORS preflight.
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(fetchTimeoutMs),
    })
  } catch (error) {
    return err(requestFailed(error, fetchedDocument, role))
  }
  fetchedDocument.status = response.status
  fetchedDocument.contentType = response.headers.get('content-type')
  if (response.url !== '' && response.url !== url) fetchedDocument.redirectedTo = response.url
  const at = describeLocation(fetchedDocument)

  if (!response.ok) {
    const status = reasonPhrases[response.status] ?? response.statusText
    const described = status === '' ? String(response.status) : `${response.status} ${status}`
    fetchedDocument.summary = `HTTP error ${described}`
    return err({ code: 'http-status', what: `${at} answered ${described}.`, hint: statusHint(response.status, role), depth: 0 })
  }
  const tooLarge: Problem = {
    code: 'too-large',
    what: `${at} answered more than 1 MB, far more than any JWK Set or discovery metadata, so it was not used.`,
    hint: 'Check the URL.',
    depth: 0,
  }
  if (Number(response.headers.get('content-length')) > maxBodyLength) {
    fetchedDocument.summary = 'over 1 MB, not read'
    return err(tooLarge)
  }
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    return err(requestFailed(error, fetchedDocument, role))
  }
  if (text.length > maxBodyLength) {
    fetchedDocument.summary = 'over 1 MB, not used'
    return err(tooLarge)
  }

  const scan = scanJson(text)
  if (scan.ok) {
    fetchedDocument.summary = summarizeJson(scan.value, fetchedDocument.redirectedTo ?? url)
    return ok({ value: scan.value, fetchedDocument })
  }
  const contentType = fetchedDocument.contentType ?? 'no content type'
  if (text.trim() === '') {
    fetchedDocument.summary = 'empty, not JSON'
    return err({ code: 'not-json', what: `${at} answered an empty body (${contentType}), not JSON.`, hint: 'Check the URL.', depth: 0 })
  }
  if (/html/i.test(contentType) || text.trimStart().startsWith('<')) {
    fetchedDocument.summary = 'HTML page, not JSON'
    return err({
      code: 'not-json',
      what: `${at} answered an HTML page (${contentType}), not JSON: perhaps a login or error page.`,
      hint: 'Check that the URL leads to the JSON document itself.',
      depth: 0,
    })
  }
  const { line, column, message } = scan.error
  fetchedDocument.summary = 'not JSON'
  return err({
    code: 'not-json',
    what: `${at} did not answer JSON (${contentType}): at line ${line}, column ${column}, ${message}.`,
    hint: 'Check the URL.',
    depth: 0,
  })
}

// Browsers report CORS blocks and network errors as the same bare TypeError, on purpose, so we cannot tell them apart.
function requestFailed(error: unknown, fetchedDocument: FetchedDocument, role: Role): Problem {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    fetchedDocument.summary = `no answer within ${fetchTimeoutMs / 1000} seconds`
    return {
      code: 'timeout',
      what: `${describeLocation(fetchedDocument)} did not answer within ${fetchTimeoutMs / 1000} seconds.`,
      hint: `Try again later, or open it in a new tab and ${copyJsonHint[role]}.`,
      depth: 0,
    }
  }
  if (error instanceof TypeError) {
    fetchedDocument.summary = 'network error or CORS block'
    return {
      code: 'network',
      what: `The browser could not read ${describeLocation(fetchedDocument)}: the server is unreachable, or it does not let pages on other sites read it (CORS).`,
      hint: `Open the URL in a new tab; if it loads there, ${copyJsonHint[role]}.`,
      depth: 0,
    }
  }
  throw error
}

function statusHint(status: number, role: Role): string {
  if (status === 401 || status === 403) return 'Keys and discovery metadata are public, so this page never sends credentials: check that the URL is the public one.'
  if (status >= 500) return 'The server failed: try again later.'
  if (status !== 404 && status !== 410) return 'Check the URL.'
  if (role === 'metadata') return 'The issuer may not publish OpenID Connect or RFC 8414 metadata: enter its JWKS URL instead.'
  if (role === 'jwks') return 'The discovery metadata names a key set that is not there: find the JWKS URL in the issuer\'s documentation.'
  return 'Check the path, or enter the issuer URL or its discovery URL instead.'
}

function summarizeJson(value: JsonValue, url: string): string {
  if (!isJsonObject(value)) return `JSON that is ${describeJsonType(value)}`
  if (Array.isArray(value.keys)) return value.keys.length === 0 ? 'JWK Set with no keys' : `JWK Set with ${plural(value.keys.length, 'key')}`
  if (Object.hasOwn(value, 'keys')) return `JSON whose "keys" is ${describeJsonType(value.keys)}, not an array`
  if (isMetadata(value)) {
    const kind = url.includes('/.well-known/openid-configuration')
      ? 'OpenID Connect discovery metadata'
      : url.includes('/.well-known/oauth-authorization-server')
        ? 'RFC 8414 authorization server metadata'
        : 'discovery metadata'
    const issuer = typeof value.issuer === 'string' ? ` for issuer ${shorten(value.issuer)}` : ' without an issuer'
    return `${kind}${issuer}${typeof value.jwks_uri === 'string' ? '' : ', without a jwks_uri'}`
  }
  if (typeof value.kty === 'string') return `a single JWK (kty ${shorten(value.kty)}), not a JWK Set`
  return 'JSON object, neither a JWK Set nor discovery metadata'
}

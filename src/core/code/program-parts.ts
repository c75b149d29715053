// What every generated program is built from, whatever its language: lines, indentation, literals,
// and the sentences that explain why a line is there, so each language says the same thing.
import type { ProgramRequest } from './program-request'

export type Lines = readonly string[]

/** Clock skew the programs allow when they check exp and nbf. */
export const leewaySeconds = 30

/** Whole lines, each indented by `depth` steps of `unit`; blank lines stay blank. */
export function indent(lines: Lines, unit: string, depth = 1): string[] {
  return lines.map((line) => (line === '' ? '' : unit.repeat(depth) + line))
}

/** Blocks of lines joined with one blank line between them, ending with a newline. */
export function joinBlocks(blocks: readonly Lines[]): string {
  return `${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}\n`
}

/**
 * A double-quoted string literal that JavaScript, Python and Go all read as `value`: JSON's escapes
 * are a subset of each language's. Values from the token (issuer, audience) go through here.
 */
export function quoted(value: string): string {
  return JSON.stringify(value)
}

/** A single-quoted JavaScript string literal. */
export function singleQuoted(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`
}

/** A sentence as comment lines starting with `marker`, wrapped before `width` characters. */
export function comment(marker: string, text: string, width = 92): string[] {
  const lines: string[] = []
  let line = marker
  for (const word of text.split(' ')) {
    if (line !== marker && line.length + 1 + word.length > width) {
      lines.push(line)
      line = marker
    }
    line += ` ${word}`
  }
  lines.push(line)
  return lines
}

export function audiencesOf(request: ProgramRequest): string[] {
  if (request.audience === undefined) return []
  return typeof request.audience === 'string' ? [request.audience] : [...request.audience]
}

/** The time claims a token of this kind carries, so a token lacking one is refused. */
export function requiredTimeClaims(request: ProgramRequest): string[] {
  return [...(request.hasExpiry ? ['exp'] : []), ...(request.hasNotBefore ? ['nbf'] : [])]
}

/** Whether the key comes from `JWT_KEY` (rather than from a fetched key set). */
export function readsKeyFromEnvironment(request: ProgramRequest): boolean {
  return request.key.source !== 'jwks-url'
}

/** The shell's `NAME="$NAME" ` assignments for the variables a program reads, so no value is written out. */
export function environmentPrefix(request: ProgramRequest, readsToken: boolean): string {
  const names = [...(readsToken ? ['JWT'] : []), ...(readsKeyFromEnvironment(request) ? ['JWT_KEY'] : [])]
  return names.map((name) => `${name}="$${name}" `).join('')
}

export function isHmac(alg: string): boolean {
  return /^HS(256|384|512)$/.test(alg)
}

/** The sentences behind the lines that matter, shared by every language's comments. */
export const why = {
  // The forgery each pin stops: for a public key, the key's text reused as an HMAC secret; for a
  // secret, which nobody else knows, a token that carries no signature at all.
  algorithm: (alg: string) =>
    isHmac(alg)
      ? `Only ${alg}, this token's algorithm, is accepted: a token that names another (such as "none", which has no signature at all) is refused.`
      : `Only ${alg}, this token's algorithm, is accepted: a token that names another (such as HS256 "signed" with the public key as its secret) is refused.`,
  issuer: () => 'The token must come from this issuer: one without iss, or from another issuer, is refused.',
  audience: () => 'The token must be meant for this service: one without aud, or issued for another service that trusts the same issuer, is refused.',
  time: (request: ProgramRequest) => {
    const required = requiredTimeClaims(request)
    return `exp and nbf are checked with ${leewaySeconds} seconds of leeway for clock skew${required.length > 0 ? `; a token without ${required.join(' or ')} is refused` : ''}.`
  },
  secret: () => 'The secret comes from the environment, never from the source code, so it stays out of version control.',
  secretEncoding: (encoding: string) => `JWT_KEY holds the secret as ${encoding} text; the HMAC key is the bytes it encodes.`,
  key: () => 'The key comes from JWT_KEY in the environment, so the same program works with any key.',
  publicHalf: () => 'A private key also holds its public half, which is all that verifying needs.',
  keySet: (url: string) => `The keys come from the issuer's JWK Set at ${url}; the token's kid picks one.`,
  serverError: () => "A bad token is the caller's problem (401); any other error, such as a key that cannot be read, is the server's (500).",
  pickKey: () => "The token's kid names its key; a token without kid may use a key set's only key.",
}

// What a generated verification program is asked to do, and what comes back. The page builds a
// request from the token and the key material in use; each language turns it into a whole program.
import type { SecretEncoding } from '../keys/decode-secret'

/** The contract's `code-lang` values, in the order the tool offers them. */
export const codeLanguages = ['node-jose', 'node-jsonwebtoken', 'python-pyjwt', 'go-jwt'] as const
export type CodeLanguage = (typeof codeLanguages)[number]

/** Where the program gets its key: from `JWT_KEY` (the key box's text exactly), or by fetching a key set. */
export type ProgramKey =
  | { source: 'secret'; encoding: SecretEncoding }
  /** label: the PEM block's, such as `PUBLIC KEY`, `CERTIFICATE` or `PRIVATE KEY`. */
  | { source: 'pem'; label: string }
  | { source: 'jwk' }
  /** A JWK Set pasted into the key box. */
  | { source: 'jwks' }
  /** The JWK Set URL the page fetched its keys from (after discovery, when an issuer was given). */
  | { source: 'jwks-url'; url: string }

export interface ProgramRequest {
  language: CodeLanguage
  form: CodeForm
  /** The token's own `alg`, the only one the program accepts. */
  alg: string
  key: ProgramKey
  /** Required when the token has them. */
  issuer?: string
  audience?: string | string[]
  /** Checked whenever the token has them; programs allow a small leeway for clock skew. */
  hasExpiry: boolean
  hasNotBefore: boolean
}

export type GeneratedProgram =
  | {
      ok: true
      /** The whole program, ready to save under fileName. */
      source: string
      fileName: string
      /** The one command that installs the library. */
      installCommand: string
      /** The command that runs the saved program, with JWT and JWT_KEY in the environment. */
      runCommand: string
    }
  /** The library cannot verify this token as asked; the reason says why and names a language that can. */
  | { ok: false; reason: string; suggestion?: CodeLanguage }

/**
 * The shape of the code: a command-line program, or a framework's way of guarding a route. Not every
 * language has every form; each form other than `program` belongs to one language.
 */
export type CodeForm = 'program' | 'express-middleware' | 'nextjs-route-handler' | 'fastapi-dependency'

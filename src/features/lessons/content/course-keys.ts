// The keys that check the lessons' tokens, shared by several lessons. Public keys and the course's
// own HMAC secret only: the private keys that signed the tokens were discarded after signing.
import type { LessonTry } from '../lesson'

export type LessonKey = NonNullable<LessonTry['key']>

/** 32 random bytes: the HMAC secret of every HS256 lesson token not about weak secrets. */
export const courseSecret: LessonKey = {
  label: 'HMAC secret (32 random bytes, base64url)',
  text: 'ntewO6nTUU7IuUEOl788m6WQFpEcAD0O1fRH2yPI_vE',
  encoding: 'base64url',
}

export const es256PublicKey: LessonKey = {
  label: 'ES256 public key (PEM)',
  text: `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEkwOiap+Mt1uRd4YwUmGUl3vdlTlc
VXCRra+1jUquZrt75fsX2Hszv1zN9QsEsxUPv+BxzldGQ9Vz1HvGt3LRoQ==
-----END PUBLIC KEY-----`,
  encoding: 'utf8',
}

export const ed25519PublicKey: LessonKey = {
  label: 'Ed25519 public key (JWK)',
  text: '{"crv":"Ed25519","x":"Xat9vwRPiMD4mM2rB2yj_qHZT9mj93u8TnoEJ4MI4Cc","kty":"OKP","kid":"course-ed25519","alg":"Ed25519","use":"sig"}',
  encoding: 'utf8',
}

export const rs256PublicKey: LessonKey = {
  label: 'RS256 public key (PEM)',
  text: `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqJ7ohPbi3aBR1Q5mWa4L
YWqgnp1Rn/E1xDXFYZ2dt6zsyNsVVpg/VpbtH0HBsLC924XKka+OwtdOq/ewM0np
3dV40W3vWV+/6RBffQdIf4EbDoQxW4/VqXLpD3HwVTolp5F/naJI0+LcEBw/Ucr1
vIK09P+Ib/gwsFwlb18Uo953XHICe0idxyoOCvpOj+bdPPpUEakUWGdH76kluU1X
ZJ3xwca38SfEUS4mZ59gaIeuNf3LbSJPwdLQn4D+ZWjZSR70V+GHrdq/32sRu6j5
2jnmxs7FXeU9GFprCKbtCfS+Ef58NV2G3ooK4NQaIgPRZLo8SefNSANk7N1RaETZ
wwIDAQAB
-----END PUBLIC KEY-----`,
  encoding: 'utf8',
}

/** The same RS256 key as a key set, as an OpenID provider publishes it at its jwks_uri. */
export const providerKeySet: LessonKey = {
  label: 'The provider\'s key set (JWKS)',
  text: `{
  "keys": [
    {
      "kty": "RSA",
      "n": "qJ7ohPbi3aBR1Q5mWa4LYWqgnp1Rn_E1xDXFYZ2dt6zsyNsVVpg_VpbtH0HBsLC924XKka-OwtdOq_ewM0np3dV40W3vWV-_6RBffQdIf4EbDoQxW4_VqXLpD3HwVTolp5F_naJI0-LcEBw_Ucr1vIK09P-Ib_gwsFwlb18Uo953XHICe0idxyoOCvpOj-bdPPpUEakUWGdH76kluU1XZJ3xwca38SfEUS4mZ59gaIeuNf3LbSJPwdLQn4D-ZWjZSR70V-GHrdq_32sRu6j52jnmxs7FXeU9GFprCKbtCfS-Ef58NV2G3ooK4NQaIgPRZLo8SefNSANk7N1RaETZww",
      "e": "AQAB",
      "kid": "course-rs256",
      "alg": "RS256",
      "use": "sig"
    }
  ]
}`,
  encoding: 'utf8',
}

// What kind of thing each known claim and header parameter is: enough to colour the JSON on the
// first screen. The words that explain each one are in claim-catalog.ts, which loads later.

export type ClaimCategory = 'time' | 'identity' | 'audience' | 'authorization' | 'session' | 'profile' | 'key' | 'token'

export interface ClaimKind {
  category: ClaimCategory
  isTime: boolean
}

export const timeClaimNames: readonly string[] = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe']

const claimCategories: Record<string, ClaimCategory> = {
  iss: 'identity',
  sub: 'identity',
  aud: 'audience',
  exp: 'time',
  nbf: 'time',
  iat: 'time',
  jti: 'token',
  azp: 'audience',
  nonce: 'session',
  auth_time: 'time',
  acr: 'session',
  amr: 'session',
  at_hash: 'token',
  c_hash: 'token',
  s_hash: 'token',
  sid: 'session',
  name: 'profile',
  given_name: 'profile',
  family_name: 'profile',
  middle_name: 'profile',
  nickname: 'profile',
  preferred_username: 'profile',
  profile: 'profile',
  picture: 'profile',
  website: 'profile',
  email: 'profile',
  email_verified: 'profile',
  gender: 'profile',
  birthdate: 'profile',
  zoneinfo: 'profile',
  locale: 'profile',
  phone_number: 'profile',
  phone_number_verified: 'profile',
  address: 'profile',
  updated_at: 'time',
  scope: 'authorization',
  scp: 'authorization',
  client_id: 'audience',
  cnf: 'key',
  act: 'identity',
  may_act: 'authorization',
  roles: 'authorization',
  groups: 'authorization',
  entitlements: 'authorization',
  events: 'token',
  toe: 'time',
  txn: 'token',
  htm: 'token',
  htu: 'token',
  ath: 'token',
  oid: 'identity',
  tid: 'identity',
  upn: 'profile',
  appid: 'audience',
  ver: 'token',
  realm_access: 'authorization',
  resource_access: 'authorization',
  typ: 'token',
  session_state: 'session',
  permissions: 'authorization',
  org_id: 'identity',
  vc: 'identity',
  vp: 'identity',
  _sd: 'token',
  _sd_alg: 'token',
  status: 'token',
  vct: 'token',
  'vct#integrity': 'token',
}

const headerParameterCategories: Record<string, ClaimCategory> = {
  alg: 'key',
  jku: 'key',
  jwk: 'key',
  kid: 'key',
  x5u: 'key',
  x5c: 'key',
  x5t: 'key',
  'x5t#S256': 'key',
  typ: 'token',
  cty: 'token',
  crit: 'token',
  b64: 'token',
  enc: 'key',
  zip: 'token',
  epk: 'key',
  apu: 'key',
  apv: 'key',
  iv: 'key',
  tag: 'key',
  p2s: 'key',
  p2c: 'key',
  url: 'token',
  nonce: 'token',
  ppt: 'token',
  trust_chain: 'key',
}

export function claimKind(name: string): ClaimKind | undefined {
  return Object.hasOwn(claimCategories, name) ? { category: claimCategories[name]!, isTime: timeClaimNames.includes(name) } : undefined
}

export function headerParameterKind(name: string): ClaimKind | undefined {
  return Object.hasOwn(headerParameterCategories, name) ? { category: headerParameterCategories[name]!, isTime: false } : undefined
}

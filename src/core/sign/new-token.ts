/** Header and payload JSON for a token started from scratch: a short-lived access token. */
export function newTokenTexts(nowSeconds: number, alg = 'HS256', kid?: string): { header: string; payload: string } {
  const header = { alg, typ: 'JWT', ...(kid ? { kid } : {}) }
  const payload = { sub: 'user-123', name: 'Ada Lovelace', iat: nowSeconds, exp: nowSeconds + 900 }
  return { header: JSON.stringify(header, null, 2), payload: JSON.stringify(payload, null, 2) }
}

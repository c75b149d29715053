import { describe, expect, it } from 'vitest'
import { nodeJoseProgram } from '../../../src/core/code/node-jose-program'
import { programRequest } from './program-cases'

const source = (keyName: string, form: 'program' | 'nextjs-route-handler' = 'program') => nodeJoseProgram(programRequest('node-jose', keyName, form)).source

describe('nodeJoseProgram', () => {
  it.each([
    ['secret utf8', "import { jwtVerify } from 'jose'", "const key = new TextEncoder().encode(requiredEnv('JWT_KEY'))"],
    ['secret base64url', "import { jwtVerify } from 'jose'", "const key = Buffer.from(requiredEnv('JWT_KEY'), 'base64url')"],
    ['secret hex', "import { jwtVerify } from 'jose'", "const key = Buffer.from(requiredEnv('JWT_KEY'), 'hex')"],
    ['oct JWK', "import { importJWK, jwtVerify } from 'jose'", "const key = await importJWK(JSON.parse(requiredEnv('JWT_KEY')), 'HS256')"],
    ['PUBLIC KEY', "import { importSPKI, jwtVerify } from 'jose'", "const key = await importSPKI(requiredEnv('JWT_KEY'), 'RS256')"],
    ['CERTIFICATE', "import { importX509, jwtVerify } from 'jose'", "const key = await importX509(requiredEnv('JWT_KEY'), 'ES256')"],
    ['RSA PUBLIC KEY', "import { createPublicKey } from 'node:crypto'", "const key = createPublicKey(requiredEnv('JWT_KEY'))"],
    ['EC PRIVATE KEY', "import { createPublicKey } from 'node:crypto'", "const key = createPublicKey(requiredEnv('JWT_KEY'))"],
    ['JWK', "import { importJWK, jwtVerify } from 'jose'", "const key = await importJWK({ kty, crv, x, y }, 'ES256')"],
    ['JWKS', "import { createLocalJWKSet, jwtVerify } from 'jose'", "const key = createLocalJWKSet(JSON.parse(requiredEnv('JWT_KEY')))"],
    ['JWKS URL', "import { createRemoteJWKSet, jwtVerify } from 'jose'", "const keySet = createRemoteJWKSet(new URL('https://issuer.example/.well-known/jwks.json'))"],
  ])('reads a %s key with what it needs', (keyName, importText, keyLine) => {
    expect(source(keyName)).toContain(importText)
    expect(source(keyName)).toContain(keyLine)
  })

  it('pins the algorithm and checks iss, aud, exp and nbf with leeway, requiring exp', () => {
    const text = source('PUBLIC KEY')
    expect(text).toContain("algorithms: ['RS256'],")
    expect(text).toContain("issuer: 'https://issuer.example',")
    expect(text).toContain("audience: 'api',")
    expect(text).toContain('clockTolerance: 30,')
    expect(text).toContain("requiredClaims: ['exp'],")
    expect(text).toContain('console.log(JSON.stringify(payload))')
    expect(text).toContain('process.exitCode = 1')
  })

  it('as a Next.js route handler, exports GET and answers 401 for bad tokens only', () => {
    const text = source('JWK', 'nextjs-route-handler')
    expect(text).toContain("import { errors, importJWK, jwtVerify } from 'jose'")
    expect(text).toContain('export async function GET(request) {')
    expect(text).toContain("const token = /^Bearer +(\\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]")
    expect(text).toContain('if (error instanceof errors.JOSEError) return Response.json({ error: error.message }, { status: 401 })')
    expect(text).not.toContain('process.exit')
  })

  it('as a route handler with a key set URL, reads no environment at all', () => {
    const text = source('JWKS URL', 'nextjs-route-handler')
    expect(text).not.toContain('requiredEnv')
    expect(nodeJoseProgram(programRequest('node-jose', 'JWKS URL', 'nextjs-route-handler')).runCommand).toBe('npx next dev')
  })
})

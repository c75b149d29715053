import { describe, expect, it } from 'vitest'
import { nodeJsonwebtokenProgram } from '../../../src/core/code/node-jsonwebtoken-program'
import { programRequest } from './program-cases'

const source = (keyName: string, form: 'program' | 'express-middleware' = 'program') => nodeJsonwebtokenProgram(programRequest('node-jsonwebtoken', keyName, form)).source

describe('nodeJsonwebtokenProgram', () => {
  it.each([
    ['secret utf8', 'createSecretKey', "const key = createSecretKey(Buffer.from(requiredEnv('JWT_KEY'), 'utf8'))"],
    ['secret base64', 'createSecretKey', "const key = createSecretKey(Buffer.from(requiredEnv('JWT_KEY'), 'base64'))"],
    ['oct JWK', 'createSecretKey', "const key = createSecretKey(Buffer.from(JSON.parse(requiredEnv('JWT_KEY')).k, 'base64url'))"],
    ['CERTIFICATE', 'createPublicKey', "const key = createPublicKey(requiredEnv('JWT_KEY'))"],
    ['RSA PRIVATE KEY', 'createPublicKey', "const key = createPublicKey(requiredEnv('JWT_KEY'))"],
    ['JWK', 'createPublicKey', "const key = createPublicKey({ key: JSON.parse(requiredEnv('JWT_KEY')), format: 'jwk' })"],
    ['JWKS', 'createPublicKey', "const key = createPublicKey({ key: pickJwk(JSON.parse(requiredEnv('JWT_KEY')).keys, token), format: 'jwk' })"],
    ['JWKS URL', 'createPublicKey', "const key = createPublicKey({ key: pickJwk(await fetchKeys(), token), format: 'jwk' })"],
  ])('reads a %s key as a KeyObject', (keyName, importName, keyLine) => {
    expect(source(keyName)).toContain(`import { ${importName} } from 'node:crypto'`)
    expect(source(keyName)).toContain(keyLine)
  })

  it('pins the algorithm, checks iss, aud and time with leeway, and requires exp itself', () => {
    const text = source('PUBLIC KEY')
    expect(text).toContain("import jwt from 'jsonwebtoken'")
    expect(text).toContain("algorithms: ['RS256'],")
    expect(text).toContain('clockTolerance: 30,')
    expect(text).toContain("for (const claim of ['exp']) {")
  })

  it('fetches a key set with fetch and picks the key by kid', () => {
    const text = source('JWKS URL')
    expect(text).toContain("const response = await fetch('https://issuer.example/.well-known/jwks.json')")
    expect(text).toContain('function pickJwk(keys, token) {')
    expect(text).not.toContain('currentKeys')
  })

  it('as Express middleware, guards a route and caches a fetched key set', () => {
    const text = source('JWKS URL', 'express-middleware')
    expect(text).toContain("import express from 'express'")
    expect(text).toContain("app.get('/protected', requireJwt, (request, response) => response.json(request.auth))")
    expect(text).toContain('if (!(error instanceof jwt.JsonWebTokenError)) return next(error)')
    expect(text).toContain('async function currentKeys() {')
    expect(text).not.toContain('requiredEnv')
  })
})

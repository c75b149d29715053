import { describe, expect, it } from 'vitest'
import { formsOf, generateProgram } from '../../../src/core/code/generate-program'
import { codeLanguages, type CodeForm, type CodeLanguage } from '../../../src/core/code/program-request'
import { keysByName, jwksUrl, programRequest } from './program-cases'

const fileNames: Record<CodeLanguage, Partial<Record<CodeForm, string>>> = {
  'node-jose': { program: 'verify.mjs', 'nextjs-route-handler': 'route.js' },
  'node-jsonwebtoken': { program: 'verify.mjs', 'express-middleware': 'server.mjs' },
  'python-pyjwt': { program: 'verify.py', 'fastapi-dependency': 'main.py' },
  'go-jwt': { program: 'main.go' },
}

const everyProgram = codeLanguages.flatMap((language) => formsOf(language).flatMap((form) => Object.keys(keysByName).map((keyName) => ({ language, form, keyName }))))

describe('formsOf', () => {
  it.each([
    ['node-jose', ['program', 'nextjs-route-handler']],
    ['node-jsonwebtoken', ['program', 'express-middleware']],
    ['python-pyjwt', ['program', 'fastapi-dependency']],
    ['go-jwt', ['program']],
  ] as const)('%s offers %j', (language, forms) => expect(formsOf(language)).toEqual(forms))
})

describe('generateProgram', () => {
  it.each(everyProgram)('$language $form with a $keyName key is a whole program', ({ language, form, keyName }) => {
    const program = generateProgram(programRequest(language, keyName, form))
    if (!program.ok) throw new Error(program.reason)
    expect(program.fileName).toBe(fileNames[language][form])
    expect(program.source.endsWith('\n')).toBe(true)
    expect(program.source).not.toMatch(/\n\n\n\n/)
    // The lines that matter say why they are there.
    expect(program.source).toContain(`Only ${keysByName[keyName]!.alg}, this token's algorithm, is accepted`)
    expect(program.source).toContain('The token must come from this issuer')
    expect(program.source).toContain('The token must be meant for this service')
    expect(program.source).toContain('30 seconds of leeway')
    if (keyName.startsWith('secret') || keyName === 'oct JWK') expect(program.source).toContain('The secret comes from the environment, never from the source code')
  })

  it.each(everyProgram)('$language $form with a $keyName key reads the key from JWT_KEY or the URL, and writes no value in its run command', ({ language, form, keyName }) => {
    const program = generateProgram(programRequest(language, keyName, form))
    if (!program.ok) throw new Error(program.reason)
    const fromUrl = keyName === 'JWKS URL'
    expect(program.source.includes('JWT_KEY')).toBe(!fromUrl)
    expect(program.source.includes(jwksUrl)).toBe(fromUrl)
    expect(program.runCommand.includes('JWT_KEY="$JWT_KEY"')).toBe(!fromUrl)
    expect(program.runCommand.includes('JWT="$JWT"')).toBe(form === 'program')
    // Only "$NAME" placeholders: no token, key or secret is ever written into the command.
    expect(program.runCommand.replace(/\b(JWT|JWT_KEY)="\$\1" /g, '')).toMatch(/^[\w .:/-]+$/)
  })

  it.each([
    ['node-jose', 'npm install jose'],
    ['node-jsonwebtoken', 'npm install jsonwebtoken'],
    ['python-pyjwt', 'pip install "pyjwt[crypto]"'],
    ['go-jwt', 'go mod init verify-jwt && go get github.com/golang-jwt/jwt/v4'],
  ] as const)('%s installs its library with %s', (language, installCommand) => {
    expect(generateProgram(programRequest(language, 'PUBLIC KEY'))).toMatchObject({ ok: true, installCommand })
  })

  it.each([
    ['node-jose', 'JWT="$JWT" JWT_KEY="$JWT_KEY" node verify.mjs'],
    ['python-pyjwt', 'JWT="$JWT" JWT_KEY="$JWT_KEY" python3 verify.py'],
    ['go-jwt', 'JWT="$JWT" JWT_KEY="$JWT_KEY" go run main.go'],
  ] as const)('%s runs as %s', (language, runCommand) => {
    expect(generateProgram(programRequest(language, 'JWK'))).toMatchObject({ ok: true, runCommand })
  })

  it('puts the issuer and audiences from the token into the program as escaped literals', () => {
    const issuer = 'https://issuer.example/"quoted"\\path\n'
    for (const language of codeLanguages) {
      const program = generateProgram(programRequest(language, 'JWK', 'program', { issuer, audience: ['api', 'web'] }))
      if (!program.ok) throw new Error(program.reason)
      expect(program.source).not.toContain(issuer)
      expect(program.source).toContain(language.startsWith('node') ? String.raw`'https://issuer.example/"quoted"\\path\n'` : String.raw`"https://issuer.example/\"quoted\"\\path\n"`)
      expect(program.source).toMatch(/['"]web['"]/)
    }
  })

  it('leaves out the issuer and audience checks when the token has neither', () => {
    for (const language of codeLanguages) {
      const program = generateProgram(programRequest(language, 'JWK', 'program', { issuer: undefined, audience: undefined }))
      if (!program.ok) throw new Error(program.reason)
      expect(program.source).not.toContain('The token must come from this issuer')
      expect(program.source).not.toContain('The token must be meant for this service')
    }
  })

  it('refuses a form that the language does not offer', () => {
    expect(generateProgram(programRequest('go-jwt', 'JWK', 'express-middleware'))).toEqual({
      ok: false,
      reason: 'golang-jwt v4 has no Express middleware form here; choose the command-line program.',
    })
  })

  it('refuses what the library cannot verify, naming a language that can', () => {
    expect(generateProgram(programRequest('node-jsonwebtoken', 'JWK', 'program', { alg: 'EdDSA' }))).toEqual({
      ok: false,
      reason: 'jsonwebtoken cannot verify EdDSA tokens; jose can.',
      suggestion: 'node-jose',
    })
  })
})

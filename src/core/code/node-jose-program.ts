// Programs that verify a token with jose (panva/jose) on Node: a command-line program, and a Next.js
// route handler that needs only jose and the web's Request and Response.
import type { GeneratedProgram, ProgramRequest } from './program-request'
import { environmentPrefix, indent, isHmac, joinBlocks, readsKeyFromEnvironment, requiredTimeClaims, singleQuoted, why, type Lines } from './program-parts'
import {
  bearerTokenLine,
  commonVerifyOptions,
  importLine,
  jsArray,
  jsComment,
  jsIndent,
  missingBearerMessage,
  nodeRunCommand,
  printOutcome,
  requiredEnvFunction,
  secretBufferExpression,
} from './node-program-parts'

type ProgramSuccess = Extract<GeneratedProgram, { ok: true }>

interface JoseKey {
  joseImports: string[]
  cryptoImports: string[]
  /** Lines at the top level of the module. */
  moduleLines: Lines
  /** Lines that set `key` where the token is verified. */
  keyLines: Lines
  keyName: string
}

/** The public members of a JWK for `alg`: a private JWK carries them too. */
function publicJwkMembers(alg: string): string[] {
  if (/^(RS|PS)/.test(alg)) return ['kty', 'n', 'e']
  if (alg.startsWith('ES')) return ['kty', 'crv', 'x', 'y']
  return ['kty', 'crv', 'x']
}

function joseKey(request: ProgramRequest): JoseKey {
  const alg = singleQuoted(request.alg)
  const simple = (joseImports: string[], lines: Lines, cryptoImports: string[] = []): JoseKey => ({ joseImports, cryptoImports, moduleLines: [], keyLines: lines, keyName: 'key' })
  const key = request.key
  switch (key.source) {
    case 'secret':
      return simple([], [
        ...jsComment(why.secret()),
        ...(key.encoding === 'utf8'
          ? ["const key = new TextEncoder().encode(requiredEnv('JWT_KEY'))"]
          : [...jsComment(why.secretEncoding(key.encoding)), `const key = ${secretBufferExpression(key.encoding)}`]),
      ])
    case 'pem':
      if (key.label === 'PUBLIC KEY') return simple(['importSPKI'], [...jsComment(why.key()), `const key = await importSPKI(requiredEnv('JWT_KEY'), ${alg})`])
      if (key.label === 'CERTIFICATE') return simple(['importX509'], [...jsComment(why.key()), `const key = await importX509(requiredEnv('JWT_KEY'), ${alg})`])
      return simple([], [
        ...jsComment(why.key()),
        ...jsComment(
          key.label === 'RSA PUBLIC KEY'
            ? "Node's createPublicKey reads the PKCS #1 form that jose's importers do not."
            : `${why.publicHalf()} Node's createPublicKey takes it from the private key.`,
        ),
        "const key = createPublicKey(requiredEnv('JWT_KEY'))",
      ], ['createPublicKey'])
    case 'jwk': {
      if (isHmac(request.alg)) return simple(['importJWK'], [...jsComment(why.secret()), `const key = await importJWK(JSON.parse(requiredEnv('JWT_KEY')), ${alg})`])
      const members = publicJwkMembers(request.alg).join(', ')
      return simple(['importJWK'], [
        ...jsComment(`${why.key()} ${why.publicHalf()}`),
        `const { ${members} } = JSON.parse(requiredEnv('JWT_KEY'))`,
        `const key = await importJWK({ ${members} }, ${alg})`,
      ])
    }
    case 'jwks':
      return simple(['createLocalJWKSet'], [
        ...jsComment(`${why.key()} jose picks the key from the set by the token's kid and alg.`),
        "const key = createLocalJWKSet(JSON.parse(requiredEnv('JWT_KEY')))",
      ])
    case 'jwks-url':
      return {
        joseImports: ['createRemoteJWKSet'],
        cryptoImports: [],
        moduleLines: [
          ...jsComment(`${why.keySet(key.url)} jose caches the set, and fetches it again when a token names a kid it does not hold.`),
          `const keySet = createRemoteJWKSet(new URL(${singleQuoted(key.url)}))`,
        ],
        keyLines: [],
        keyName: 'keySet',
      }
  }
}

function verifyLines(request: ProgramRequest, key: JoseKey): string[] {
  const required = requiredTimeClaims(request)
  return [
    ...key.keyLines,
    `const { payload } = await jwtVerify(token, ${key.keyName}, {`,
    ...indent([...commonVerifyOptions(request), ...(required.length > 0 ? [`requiredClaims: ${jsArray(required)},`] : [])], jsIndent),
    '})',
  ]
}

function imports(key: JoseKey, extraJose: string[]): string[] {
  return [
    importLine([...key.joseImports, ...extraJose], 'jose'),
    ...(key.cryptoImports.length > 0 ? [importLine(key.cryptoImports, 'node:crypto')] : []),
  ]
}

function commandLineProgram(request: ProgramRequest): ProgramSuccess {
  const fileName = 'verify.mjs'
  const runCommand = nodeRunCommand(request, fileName)
  const key = joseKey(request)
  const source = joinBlocks([
    [...jsComment('Verifies the token in the JWT environment variable with jose, and prints its payload as JSON.'), `// Run: ${runCommand}`],
    imports(key, ['jwtVerify']),
    requiredEnvFunction,
    key.moduleLines,
    printOutcome(["const token = requiredEnv('JWT')", ...verifyLines(request, key)]),
  ])
  return { ok: true, source, fileName, installCommand: 'npm install jose', runCommand }
}

function routeHandler(request: ProgramRequest): ProgramSuccess {
  const key = joseKey(request)
  const source = joinBlocks([
    [
      ...jsComment('A Next.js route handler (save it as app/api/protected/route.js) that answers only requests that carry a valid JWT, with its payload.'),
      `// Run: ${environmentPrefix(request, false)}npx next dev, then: curl -H "Authorization: Bearer $JWT" http://localhost:3000/api/protected`,
    ],
    imports(key, ['errors', 'jwtVerify']),
    readsKeyFromEnvironment(request) ? requiredEnvFunction : [],
    key.moduleLines,
    [
      'export async function GET(request) {',
      ...indent([
        bearerTokenLine("request.headers.get('authorization')"),
        `if (!token) return Response.json({ error: ${singleQuoted(missingBearerMessage)} }, { status: 401 })`,
        'try {',
        ...indent([...verifyLines(request, key), 'return Response.json(payload)'], jsIndent),
        '} catch (error) {',
        ...indent([
          ...jsComment(why.serverError()),
          'if (error instanceof errors.JOSEError) return Response.json({ error: error.message }, { status: 401 })',
          'throw error',
        ], jsIndent),
        '}',
      ], jsIndent),
      '}',
    ],
  ])
  return { ok: true, source, fileName: 'route.js', installCommand: 'npm install jose', runCommand: `${environmentPrefix(request, false)}npx next dev` }
}

export function nodeJoseProgram(request: ProgramRequest): ProgramSuccess {
  return request.form === 'nextjs-route-handler' ? routeHandler(request) : commandLineProgram(request)
}

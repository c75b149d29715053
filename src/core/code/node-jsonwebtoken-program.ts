// Programs that verify a token with jsonwebtoken (auth0/node-jsonwebtoken) on Node: a command-line
// program, and an Express server whose middleware guards a route. Keys are Node KeyObjects.
import type { GeneratedProgram, ProgramRequest } from './program-request'
import { environmentPrefix, indent, isHmac, joinBlocks, readsKeyFromEnvironment, requiredTimeClaims, singleQuoted, why, type Lines } from './program-parts'
import {
  bearerTokenLine,
  commonVerifyOptions,
  defaultImportLine,
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
type Form = 'program' | 'express-middleware'

interface KeyPlan {
  cryptoImport: 'createPublicKey' | 'createSecretKey'
  /** Functions the key lines call. */
  helpers: Lines[]
  /** Lines that set `key`, where `token` is in scope. */
  keyLines: Lines
}

const pickJwkFunction: Lines = [
  ...jsComment(why.pickKey()),
  'function pickJwk(keys, token) {',
  '  const kid = jwt.decode(token, { complete: true })?.header.kid',
  '  const matches = keys.filter((jwk) => kid === undefined || jwk.kid === kid)',
  '  if (matches.length !== 1) throw new jwt.JsonWebTokenError(`no single key in the key set matches kid ${kid}`)',
  '  return matches[0]',
  '}',
]

function fetchKeysFunction(url: string): string[] {
  return [
    ...jsComment(why.keySet(url)),
    'async function fetchKeys() {',
    `  const response = await fetch(${singleQuoted(url)})`,
    '  if (!response.ok) throw new Error(`Fetching the key set failed: HTTP ${response.status}`)',
    '  return (await response.json()).keys',
    '}',
  ]
}

/** A server fetches the key set at most every ten minutes, not for each request. */
const cachedKeysFunction: Lines = [
  ...jsComment('A server fetches the key set at most every ten minutes, not for each request.'),
  'let cachedKeys',
  'let fetchedAtMs = 0',
  'async function currentKeys() {',
  '  if (!cachedKeys || Date.now() - fetchedAtMs > 600_000) {',
  '    cachedKeys = await fetchKeys()',
  '    fetchedAtMs = Date.now()',
  '  }',
  '  return cachedKeys',
  '}',
]

function keyPlan(request: ProgramRequest, form: Form): KeyPlan {
  const key = request.key
  const publicKey = (comments: Lines, expression: string, helpers: Lines[] = []): KeyPlan => ({
    cryptoImport: 'createPublicKey',
    helpers,
    keyLines: [...comments, `const key = createPublicKey(${expression})`],
  })
  switch (key.source) {
    case 'secret':
      return {
        cryptoImport: 'createSecretKey',
        helpers: [],
        keyLines: [
          ...jsComment(why.secret()),
          ...(key.encoding === 'utf8' ? [] : jsComment(why.secretEncoding(key.encoding))),
          `const key = createSecretKey(${secretBufferExpression(key.encoding)})`,
        ],
      }
    case 'pem': {
      const note = key.label.endsWith('PRIVATE KEY')
        ? ` ${why.publicHalf()} createPublicKey takes it from the private key.`
        : key.label === 'CERTIFICATE' ? ' createPublicKey takes the public key from the certificate.' : ''
      return publicKey(jsComment(`${why.key()}${note}`), "requiredEnv('JWT_KEY')")
    }
    case 'jwk':
      if (isHmac(request.alg)) {
        return {
          cryptoImport: 'createSecretKey',
          helpers: [],
          keyLines: [...jsComment(`${why.secret()} The JWK's k member is the secret, in base64url.`), "const key = createSecretKey(Buffer.from(JSON.parse(requiredEnv('JWT_KEY')).k, 'base64url'))"],
        }
      }
      return publicKey(jsComment(`${why.key()} ${why.publicHalf()}`), "{ key: JSON.parse(requiredEnv('JWT_KEY')), format: 'jwk' }")
    case 'jwks':
      return publicKey(jsComment(why.key()), "{ key: pickJwk(JSON.parse(requiredEnv('JWT_KEY')).keys, token), format: 'jwk' }", [pickJwkFunction])
    case 'jwks-url': {
      const server = form === 'express-middleware'
      return publicKey([], `{ key: pickJwk(await ${server ? 'currentKeys' : 'fetchKeys'}(), token), format: 'jwk' }`, [
        fetchKeysFunction(key.url),
        ...(server ? [cachedKeysFunction] : []),
        pickJwkFunction,
      ])
    }
  }
}

function verifiedPayloadFunction(request: ProgramRequest): string[] {
  const required = requiredTimeClaims(request)
  return [
    ...jsComment("Checks the signature, then the claims, and throws jsonwebtoken's error when either is wrong."),
    'function verifiedPayload(token, key) {',
    ...indent([
      'const payload = jwt.verify(token, key, {',
      ...indent(commonVerifyOptions(request), jsIndent),
      '})',
      ...(required.length === 0
        ? []
        : [
            ...jsComment('jsonwebtoken checks exp and nbf only when a token has them, and has no option to require them.'),
            `for (const claim of ${jsArray(required)}) {`,
            '  if (payload[claim] === undefined) throw new jwt.JsonWebTokenError(`jwt ${claim} required`)',
            '}',
          ]),
      'return payload',
    ], jsIndent),
    '}',
  ]
}

function commandLineProgram(request: ProgramRequest): ProgramSuccess {
  const fileName = 'verify.mjs'
  const runCommand = nodeRunCommand(request, fileName)
  const plan = keyPlan(request, 'program')
  const source = joinBlocks([
    [...jsComment('Verifies the token in the JWT environment variable with jsonwebtoken, and prints its payload as JSON.'), `// Run: ${runCommand}`],
    [defaultImportLine('jwt', 'jsonwebtoken'), importLine([plan.cryptoImport], 'node:crypto')],
    requiredEnvFunction,
    ...plan.helpers,
    verifiedPayloadFunction(request),
    printOutcome(["const token = requiredEnv('JWT')", ...plan.keyLines, 'const payload = verifiedPayload(token, key)']),
  ])
  return { ok: true, source, fileName, installCommand: 'npm install jsonwebtoken', runCommand }
}

function expressServer(request: ProgramRequest): ProgramSuccess {
  const fileName = 'server.mjs'
  const runCommand = `${environmentPrefix(request, false)}node ${fileName}`
  const plan = keyPlan(request, 'express-middleware')
  const source = joinBlocks([
    [
      ...jsComment('An Express server whose /protected route answers only requests that carry a valid JWT, with its payload.'),
      `// Run: ${runCommand}, then: curl -H "Authorization: Bearer $JWT" http://localhost:3000/protected`,
    ],
    [defaultImportLine('express', 'express'), defaultImportLine('jwt', 'jsonwebtoken'), importLine([plan.cryptoImport], 'node:crypto')],
    readsKeyFromEnvironment(request) ? requiredEnvFunction : [],
    ...plan.helpers,
    verifiedPayloadFunction(request),
    [
      ...jsComment("Middleware: puts the verified payload on request.auth, or answers 401 with jsonwebtoken's reason."),
      'async function requireJwt(request, response, next) {',
      ...indent([
        bearerTokenLine("request.get('authorization')"),
        `if (!token) return response.status(401).json({ error: ${singleQuoted(missingBearerMessage)} })`,
        'let payload',
        'try {',
        ...indent([...plan.keyLines, 'payload = verifiedPayload(token, key)'], jsIndent),
        '} catch (error) {',
        ...indent([
          ...jsComment(why.serverError()),
          'if (!(error instanceof jwt.JsonWebTokenError)) return next(error)',
          'return response.status(401).json({ error: error.message })',
        ], jsIndent),
        '}',
        'request.auth = payload',
        'next()',
      ], jsIndent),
      '}',
    ],
    [
      'const app = express()',
      "app.get('/protected', requireJwt, (request, response) => response.json(request.auth))",
      'const server = app.listen(Number(process.env.PORT ?? 3000), () => {',
      '  console.log(`Listening on http://localhost:${server.address().port}`)',
      '})',
    ],
  ])
  return { ok: true, source, fileName, installCommand: 'npm install express jsonwebtoken', runCommand }
}

export function nodeJsonwebtokenProgram(request: ProgramRequest): ProgramSuccess {
  return request.form === 'express-middleware' ? expressServer(request) : commandLineProgram(request)
}

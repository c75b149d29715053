// Programs that verify a token with PyJWT (2.6 or newer, with cryptography): a command-line program,
// and a FastAPI app whose dependency guards a route. PEM keys are read with cryptography itself.
import type { GeneratedProgram, ProgramRequest } from './program-request'
import { audiencesOf, comment, environmentPrefix, indent, isHmac, joinBlocks, leewaySeconds, quoted, readsKeyFromEnvironment, requiredTimeClaims, why, type Lines } from './program-parts'

type ProgramSuccess = Extract<GeneratedProgram, { ok: true }>

const pyIndent = '    '

function pyComment(text: string): string[] {
  return comment('#', text)
}

function pyList(values: readonly string[]): string {
  return `[${values.map(quoted).join(', ')}]`
}

interface KeyPlan {
  /** Module names for `import …` and whole `from … import …` lines. */
  imports: string[]
  fromImports: string[]
  moduleLines: Lines
  helpers: Lines[]
  /** The body of verification_key(token). */
  body: Lines
}

const pickKeyFunction: Lines = [
  'def pick_key(keys, token):',
  ...indent([
    ...pyComment(why.pickKey()),
    'kid = jwt.get_unverified_header(token).get("kid")',
    'matches = [key for key in keys if kid is None or key.key_id == kid]',
    'if len(matches) != 1:',
    '    raise jwt.InvalidTokenError(f"no single key in the key set matches kid {kid}")',
    'return matches[0].key',
  ], pyIndent),
]

function secretBody(encoding: string): string[] {
  if (encoding === 'utf8') return ['return required_env("JWT_KEY").encode()']
  if (encoding === 'hex') return [...pyComment(why.secretEncoding(encoding)), 'return bytes.fromhex(required_env("JWT_KEY"))']
  const decode = encoding === 'base64url' ? 'base64.urlsafe_b64decode' : 'base64.b64decode'
  return [
    ...pyComment(`${why.secretEncoding(encoding)} Python wants its padding back.`),
    'text = required_env("JWT_KEY").strip()',
    `return ${decode}(text + "=" * (-len(text) % 4))`,
  ]
}

function keyPlan(request: ProgramRequest): KeyPlan {
  const key = request.key
  const plan = (body: Lines, extra: Partial<KeyPlan> = {}): KeyPlan => ({ imports: [], fromImports: [], moduleLines: [], helpers: [], body, ...extra })
  const keyText = 'required_env("JWT_KEY")'
  switch (key.source) {
    case 'secret':
      return plan([...pyComment(why.secret()), ...secretBody(key.encoding)], { imports: key.encoding.startsWith('base64') ? ['base64'] : [] })
    case 'pem': {
      const serialization = { fromImports: ['from cryptography.hazmat.primitives import serialization'] }
      if (key.label === 'CERTIFICATE') {
        return plan([...pyComment(why.key()), `return x509.load_pem_x509_certificate(${keyText}.encode()).public_key()`], { fromImports: ['from cryptography import x509'] })
      }
      if (key.label.endsWith('PRIVATE KEY')) {
        return plan([...pyComment(`${why.key()} ${why.publicHalf()}`), `return serialization.load_pem_private_key(${keyText}.encode(), password=None).public_key()`], serialization)
      }
      return plan([...pyComment(why.key()), `return serialization.load_pem_public_key(${keyText}.encode())`], serialization)
    }
    case 'jwk':
      if (isHmac(request.alg)) return plan([...pyComment(why.secret()), `return jwt.PyJWK.from_json(${keyText}, algorithm=${quoted(request.alg)}).key`])
      return plan([
        ...pyComment(why.key()),
        `key = jwt.PyJWK.from_json(${keyText}, algorithm=${quoted(request.alg)}).key`,
        ...pyComment(why.publicHalf()),
        'return key.public_key() if hasattr(key, "public_key") else key',
      ])
    case 'jwks':
      return plan([...pyComment(why.key()), `return pick_key(jwt.PyJWKSet.from_json(${keyText}).keys, token)`], { helpers: [pickKeyFunction] })
    case 'jwks-url':
      return plan(['return jwks_client.get_signing_key_from_jwt(token).key'], {
        moduleLines: [
          ...pyComment(`${why.keySet(key.url)} PyJWKClient caches the set for five minutes, and needs a kid in the token and its key.`),
          `jwks_client = jwt.PyJWKClient(${quoted(key.url)})`,
        ],
      })
  }
}

function verifyFunction(request: ProgramRequest): string[] {
  const audiences = audiencesOf(request)
  const required = requiredTimeClaims(request)
  return [
    'def verify(token):',
    ...indent([
      '"""Checks the signature, then the claims, and returns the payload; raises PyJWT\'s error otherwise."""',
      'return jwt.decode(',
      ...indent([
        'token,',
        'verification_key(token),',
        ...pyComment(why.algorithm(request.alg)),
        `algorithms=${pyList([request.alg])},`,
        ...(request.issuer === undefined ? [] : [...pyComment(why.issuer()), `issuer=${quoted(request.issuer)},`]),
        ...(audiences.length === 0 ? [] : [...pyComment(why.audience()), `audience=${audiences.length === 1 ? quoted(audiences[0]!) : pyList(audiences)},`]),
        ...pyComment(why.time(request)),
        `leeway=${leewaySeconds},`,
        ...(required.length === 0 ? [] : [`options={"require": ${pyList(required)}},`]),
      ], pyIndent),
      ')',
    ], pyIndent),
  ]
}

const requiredEnvFunction: Lines = [
  'def required_env(name):',
  '    value = os.environ.get(name)',
  '    if not value:',
  '        raise RuntimeError(f"Set {name} in the environment.")',
  '    return value',
]

function importLines(standard: string[], plan: KeyPlan, frameworkImports: string[]): string[] {
  return [
    ...[...standard, ...plan.imports].sort().map((name) => `import ${name}`),
    '',
    'import jwt',
    ...[...plan.fromImports, ...frameworkImports].sort(),
  ]
}

/** The docstring and imports, then top-level definitions two blank lines apart, as PEP 8 lays them out. */
function joinDefinitions([docstring, imports, ...definitions]: readonly Lines[]): string {
  return joinBlocks([docstring ?? [], imports ?? [], ...definitions.filter((block) => block.length > 0).map((block) => ['', ...block])])
}

function commandLineProgram(request: ProgramRequest): ProgramSuccess {
  const fileName = 'verify.py'
  const runCommand = `${environmentPrefix(request, true)}python3 ${fileName}`
  const plan = keyPlan(request)
  const source = joinDefinitions([
    ['"""Verifies the token in the JWT environment variable with PyJWT, and prints its payload as JSON.', '', `Run: ${runCommand}`, '"""'],
    importLines(['json', 'os', 'sys'], plan, []),
    plan.moduleLines,
    requiredEnvFunction,
    ...plan.helpers,
    ['def verification_key(token):', ...indent(plan.body, pyIndent)],
    verifyFunction(request),
    [
      'if __name__ == "__main__":',
      '    try:',
      '        print(json.dumps(verify(required_env("JWT"))))',
      '    except Exception as error:',
      '        print(f"{type(error).__name__}: {error}", file=sys.stderr)',
      '        sys.exit(1)',
    ],
  ])
  return { ok: true, source, fileName, installCommand: 'pip install "pyjwt[crypto]"', runCommand }
}

function fastapiApp(request: ProgramRequest): ProgramSuccess {
  const fileName = 'main.py'
  const runCommand = `${environmentPrefix(request, false)}uvicorn main:app`
  const plan = keyPlan(request)
  const source = joinDefinitions([
    [
      '"""A FastAPI app whose /protected route answers only requests that carry a valid JWT, with its payload.',
      '',
      `Run: ${runCommand}, then: curl -H "Authorization: Bearer $JWT" http://localhost:8000/protected`,
      '"""',
    ],
    importLines(['os'], plan, ['from fastapi import Depends, FastAPI, HTTPException', 'from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer']),
    plan.moduleLines,
    readsKeyFromEnvironment(request) ? requiredEnvFunction : [],
    ...plan.helpers,
    ['def verification_key(token):', ...indent(plan.body, pyIndent)],
    verifyFunction(request),
    [
      'def verified_claims(credentials: HTTPAuthorizationCredentials = Depends(HTTPBearer())) -> dict:',
      ...indent([
        '"""A dependency: the verified payload, or a 401 answer with PyJWT\'s reason."""',
        'try:',
        '    return verify(credentials.credentials)',
        ...pyComment(why.serverError()),
        'except jwt.PyJWTError as error:',
        '    raise HTTPException(status_code=401, detail=str(error)) from error',
      ], pyIndent),
    ],
    [
      'app = FastAPI()',
      '',
      '',
      '@app.get("/protected")',
      'def protected(claims: dict = Depends(verified_claims)):',
      '    return claims',
    ],
  ])
  return { ok: true, source, fileName, installCommand: 'pip install fastapi uvicorn "pyjwt[crypto]"', runCommand }
}

export function pythonPyjwtProgram(request: ProgramRequest): ProgramSuccess {
  return request.form === 'fastapi-dependency' ? fastapiApp(request) : commandLineProgram(request)
}

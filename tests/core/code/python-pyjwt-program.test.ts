import { describe, expect, it } from 'vitest'
import { pythonPyjwtProgram } from '../../../src/core/code/python-pyjwt-program'
import { programRequest } from './program-cases'

const source = (keyName: string, form: 'program' | 'fastapi-dependency' = 'program') => pythonPyjwtProgram(programRequest('python-pyjwt', keyName, form)).source

describe('pythonPyjwtProgram', () => {
  it.each([
    ['secret utf8', 'return required_env("JWT_KEY").encode()'],
    ['secret base64url', 'return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))'],
    ['secret base64', 'return base64.b64decode(text + "=" * (-len(text) % 4))'],
    ['secret hex', 'return bytes.fromhex(required_env("JWT_KEY"))'],
    ['oct JWK', 'return jwt.PyJWK.from_json(required_env("JWT_KEY"), algorithm="HS256").key'],
    ['PUBLIC KEY', 'return serialization.load_pem_public_key(required_env("JWT_KEY").encode())'],
    ['CERTIFICATE', 'return x509.load_pem_x509_certificate(required_env("JWT_KEY").encode()).public_key()'],
    ['PRIVATE KEY', 'return serialization.load_pem_private_key(required_env("JWT_KEY").encode(), password=None).public_key()'],
    ['JWK', 'return key.public_key() if hasattr(key, "public_key") else key'],
    ['JWKS', 'return pick_key(jwt.PyJWKSet.from_json(required_env("JWT_KEY")).keys, token)'],
    ['JWKS URL', 'return jwks_client.get_signing_key_from_jwt(token).key'],
  ])('reads a %s key', (keyName, line) => expect(source(keyName)).toContain(line))

  it('imports only what it uses', () => {
    expect(source('secret utf8')).not.toContain('import base64')
    expect(source('secret base64')).toContain('import base64')
    expect(source('CERTIFICATE')).toContain('from cryptography import x509')
    expect(source('JWK')).not.toContain('cryptography')
  })

  it('pins the algorithm and checks iss, aud and time with leeway, requiring exp', () => {
    const text = source('PUBLIC KEY')
    expect(text).toContain('algorithms=["RS256"],')
    expect(text).toContain('issuer="https://issuer.example",')
    expect(text).toContain('audience="api",')
    expect(text).toContain('leeway=30,')
    expect(text).toContain('options={"require": ["exp"]},')
    expect(text).toContain('print(json.dumps(verify(required_env("JWT"))))')
  })

  it('fetches a key set with PyJWKClient, which takes only the URL in PyJWT 2.6', () => {
    expect(source('JWKS URL')).toContain('jwks_client = jwt.PyJWKClient("https://issuer.example/.well-known/jwks.json")')
  })

  it('as a FastAPI dependency, guards a route and turns PyJWT errors into 401', () => {
    const text = source('JWK', 'fastapi-dependency')
    expect(text).toContain('def verified_claims(credentials: HTTPAuthorizationCredentials = Depends(HTTPBearer())) -> dict:')
    expect(text).toContain('raise HTTPException(status_code=401, detail=str(error)) from error')
    expect(text).toContain('@app.get("/protected")')
    expect(text).not.toContain('sys.exit')
  })
})

// A Go program that verifies a token with golang-jwt v4 and the standard library only: PEM and JWK
// keys are read with crypto/x509 and math/big, and a JWK Set is fetched with net/http. The text is
// laid out as gofmt would (tabs, aligned struct fields), so it can be saved and run as it is.
import type { GeneratedProgram, ProgramRequest } from './program-request'
import { audiencesOf, comment, environmentPrefix, indent, isHmac, joinBlocks, leewaySeconds, quoted, requiredTimeClaims, why, type Lines } from './program-parts'

type ProgramSuccess = Extract<GeneratedProgram, { ok: true }>

/** Lines of Go and the standard-library packages they use, so the import list holds exactly those. */
interface GoPart {
  imports: readonly string[]
  lines: Lines
}

const tab = '\t'

function goComment(text: string): string[] {
  return comment('//', text)
}

function part(imports: readonly string[], lines: Lines): GoPart {
  return { imports, lines }
}

/** `if err != nil { return …, err }` as gofmt writes it. */
function returnOnError(zero: string): string[] {
  return ['if err != nil {', `${tab}return ${zero}, err`, '}']
}

type KeyFamily = 'rsa' | 'ecdsa' | 'ed25519' | 'secret'

function keyFamily(alg: string): KeyFamily {
  if (isHmac(alg)) return 'secret'
  if (/^(RS|PS)/.test(alg)) return 'rsa'
  if (alg.startsWith('ES')) return 'ecdsa'
  return 'ed25519'
}

/** Struct fields with their types and tags in columns, as gofmt aligns them. */
function structFields(fields: readonly (readonly [name: string, member: string])[]): string[] {
  const width = Math.max(...fields.map(([name]) => name.length))
  return fields.map(([name, member]) => `${tab}${name.padEnd(width)} string \`json:"${member}"\``)
}

const jwkMembers: Record<KeyFamily, string[]> = {
  rsa: ['kty', 'kid', 'n', 'e'],
  ecdsa: ['kty', 'kid', 'crv', 'x', 'y'],
  ed25519: ['kty', 'kid', 'crv', 'x'],
  secret: ['kty', 'kid', 'k'],
}

function jsonWebKeyType(family: KeyFamily): GoPart {
  const fields = jwkMembers[family].map((member) => [member.charAt(0).toUpperCase() + member.slice(1), member] as const)
  return part([], [...goComment(`The members of a JWK that verifying reads.${family === 'secret' ? '' : ` ${why.publicHalf()}`}`), 'type jsonWebKey struct {', ...structFields(fields), '}'])
}

const decodeMember = (name: string, member: string): string[] => [`${name}, err := base64.RawURLEncoding.DecodeString(key.${member})`]

/** The method that turns the JWK into the key golang-jwt verifies with, for one family of algorithms. */
function jwkKeyMethod(family: KeyFamily): GoPart {
  switch (family) {
    case 'rsa':
      return part(['crypto/rsa', 'encoding/base64', 'fmt', 'math/big'], [
        'func (key jsonWebKey) verifyingKey() (*rsa.PublicKey, error) {',
        ...indent([
          'if key.Kty != "RSA" {',
          `${tab}return nil, fmt.Errorf("the JWK is %q, not an RSA key", key.Kty)`,
          '}',
          ...decodeMember('n', 'N'),
          ...returnOnError('nil'),
          ...decodeMember('e', 'E'),
          ...returnOnError('nil'),
          'return &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}, nil',
        ], tab),
        '}',
      ])
    case 'ecdsa':
      return part(['crypto/ecdsa', 'crypto/elliptic', 'encoding/base64', 'errors', 'fmt', 'math/big'], [
        'func (key jsonWebKey) verifyingKey() (*ecdsa.PublicKey, error) {',
        ...indent([
          'curves := map[string]elliptic.Curve{"P-256": elliptic.P256(), "P-384": elliptic.P384(), "P-521": elliptic.P521()}',
          'curve, known := curves[key.Crv]',
          'if key.Kty != "EC" || !known {',
          `${tab}return nil, fmt.Errorf("the JWK is not an EC key on P-256, P-384 or P-521 (kty %q, crv %q)", key.Kty, key.Crv)`,
          '}',
          ...decodeMember('x', 'X'),
          ...returnOnError('nil'),
          ...decodeMember('y', 'Y'),
          ...returnOnError('nil'),
          'publicKey := &ecdsa.PublicKey{Curve: curve, X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)}',
          ...goComment('A point that is not on the curve is no public key at all.'),
          'if !curve.IsOnCurve(publicKey.X, publicKey.Y) {',
          `${tab}return nil, errors.New("the JWK's point is not on its curve")`,
          '}',
          'return publicKey, nil',
        ], tab),
        '}',
      ])
    case 'ed25519':
      return part(['crypto/ed25519', 'encoding/base64', 'errors'], [
        'func (key jsonWebKey) verifyingKey() (ed25519.PublicKey, error) {',
        ...indent([
          'if key.Kty != "OKP" || key.Crv != "Ed25519" {',
          `${tab}return nil, errors.New("the JWK is not an Ed25519 key (golang-jwt v4 has no Ed448)")`,
          '}',
          ...decodeMember('x', 'X'),
          ...returnOnError('nil'),
          'if len(x) != ed25519.PublicKeySize {',
          `${tab}return nil, errors.New("the JWK's x is not an Ed25519 public key")`,
          '}',
          'return ed25519.PublicKey(x), nil',
        ], tab),
        '}',
      ])
    case 'secret':
      return part(['encoding/base64', 'fmt'], [
        'func (key jsonWebKey) verifyingKey() ([]byte, error) {',
        ...indent([
          'if key.Kty != "oct" {',
          `${tab}return nil, fmt.Errorf("the JWK is %q, not a secret (oct) key", key.Kty)`,
          '}',
          ...goComment("The JWK's k member is the secret, in base64url."),
          'return base64.RawURLEncoding.DecodeString(key.K)',
        ], tab),
        '}',
      ])
  }
}

const keySetType = part([], ['type jsonWebKeySet struct {', ...structFields([['Keys', 'keys']]).map((line) => line.replace(' string ', ' []jsonWebKey ')), '}'])

const pickKeyFunction = part(['fmt'], [
  ...goComment(why.pickKey()),
  'func pickKey(keys []jsonWebKey, token *jwt.Token) (jsonWebKey, error) {',
  ...indent([
    'kid, _ := token.Header["kid"].(string)',
    'var matches []jsonWebKey',
    'for _, key := range keys {',
    `${tab}if kid == "" || key.Kid == kid {`,
    `${tab}${tab}matches = append(matches, key)`,
    `${tab}}`,
    '}',
    'if len(matches) != 1 {',
    `${tab}return jsonWebKey{}, fmt.Errorf("no single key in the key set matches kid %q", kid)`,
    '}',
    'return matches[0], nil',
  ], tab),
  '}',
])

function fetchKeysFunction(url: string): GoPart {
  return part(['encoding/json', 'fmt', 'net/http', 'time'], [
    ...goComment(why.keySet(url)),
    `const jwksURL = ${quoted(url)}`,
    '',
    'func fetchKeys() ([]jsonWebKey, error) {',
    ...indent([
      'client := http.Client{Timeout: 10 * time.Second}',
      'response, err := client.Get(jwksURL)',
      ...returnOnError('nil'),
      'defer response.Body.Close()',
      'if response.StatusCode != http.StatusOK {',
      `${tab}return nil, fmt.Errorf("fetching the key set failed: %s", response.Status)`,
      '}',
      'var keySet jsonWebKeySet',
      'if err := json.NewDecoder(response.Body).Decode(&keySet); err != nil {',
      `${tab}return nil, err`,
      '}',
      'return keySet.Keys, nil',
    ], tab),
    '}',
  ])
}

const pemBlockLines = [
  'block, _ := pem.Decode([]byte(requiredEnv("JWT_KEY")))',
  'if block == nil {',
  `${tab}return nil, errors.New("JWT_KEY holds no PEM block")`,
  '}',
]

/** The body of the key function for a PEM block with this label, and the packages it uses. */
function pemKeyBody(label: string): GoPart {
  const pemImports = ['encoding/pem', 'errors', 'crypto/x509']
  const privateKey = (parse: string, publicKey: string[], extraImports: string[] = []): GoPart =>
    part([...pemImports, ...extraImports], [...goComment(why.publicHalf()), ...pemBlockLines, `privateKey, err := ${parse}(block.Bytes)`, ...returnOnError('nil'), ...publicKey])
  switch (label) {
    case 'RSA PUBLIC KEY':
      return part(pemImports, [...pemBlockLines, 'return x509.ParsePKCS1PublicKey(block.Bytes)'])
    case 'CERTIFICATE':
      return part(pemImports, [...pemBlockLines, 'certificate, err := x509.ParseCertificate(block.Bytes)', ...returnOnError('nil'), 'return certificate.PublicKey, nil'])
    case 'PRIVATE KEY':
      return privateKey('x509.ParsePKCS8PrivateKey', [
        'signer, isSigner := privateKey.(crypto.Signer)',
        'if !isSigner {',
        `${tab}return nil, errors.New("the private key cannot sign, so it has no verifying half")`,
        '}',
        'return signer.Public(), nil',
      ], ['crypto'])
    case 'EC PRIVATE KEY':
      return privateKey('x509.ParseECPrivateKey', ['return privateKey.Public(), nil'])
    case 'RSA PRIVATE KEY':
      return privateKey('x509.ParsePKCS1PrivateKey', ['return privateKey.Public(), nil'])
    default:
      return part(pemImports, [...pemBlockLines, 'return x509.ParsePKIXPublicKey(block.Bytes)'])
  }
}

function secretKeyBody(encoding: string): GoPart {
  const text = 'strings.TrimSpace(requiredEnv("JWT_KEY"))'
  const note = goComment(why.secretEncoding(encoding))
  switch (encoding) {
    case 'base64url':
      return part(['encoding/base64', 'strings'], [...note, `return base64.RawURLEncoding.DecodeString(strings.TrimRight(${text}, "="))`])
    case 'base64':
      return part(['encoding/base64', 'strings'], [...note, `return base64.RawStdEncoding.DecodeString(strings.TrimRight(${text}, "="))`])
    case 'hex':
      return part(['encoding/hex', 'strings'], [...note, `return hex.DecodeString(${text})`])
    default:
      return part([], ['return []byte(requiredEnv("JWT_KEY")), nil'])
  }
}

/** The key function's body and the declarations it needs. */
function keyParts(request: ProgramRequest): { body: GoPart; declarations: GoPart[] } {
  const key = request.key
  const family = keyFamily(request.alg)
  const jwkDeclarations = [jsonWebKeyType(family), jwkKeyMethod(family)]
  const fromKeySet = (keysLines: Lines, imports: string[]): GoPart =>
    part(imports, [...keysLines, 'key, err := pickKey(keys, token)', ...returnOnError('nil'), 'return key.verifyingKey()'])
  switch (key.source) {
    case 'secret': {
      const body = secretKeyBody(key.encoding)
      return { body: part(body.imports, [...goComment(why.secret()), ...body.lines]), declarations: [] }
    }
    case 'pem': {
      const body = pemKeyBody(key.label)
      return { body: part(body.imports, [...goComment(why.key()), ...body.lines]), declarations: [] }
    }
    case 'jwk':
      return {
        body: part(['encoding/json'], [
          ...goComment(family === 'secret' ? why.secret() : why.key()),
          'var key jsonWebKey',
          'if err := json.Unmarshal([]byte(requiredEnv("JWT_KEY")), &key); err != nil {',
          `${tab}return nil, err`,
          '}',
          'return key.verifyingKey()',
        ]),
        declarations: jwkDeclarations,
      }
    case 'jwks':
      return {
        body: fromKeySet([
          ...goComment(why.key()),
          'var keySet jsonWebKeySet',
          'if err := json.Unmarshal([]byte(requiredEnv("JWT_KEY")), &keySet); err != nil {',
          `${tab}return nil, err`,
          '}',
          'keys := keySet.Keys',
        ], ['encoding/json']),
        declarations: [...jwkDeclarations, keySetType, pickKeyFunction],
      }
    case 'jwks-url':
      return {
        body: fromKeySet(['keys, err := fetchKeys()', ...returnOnError('nil')], []),
        declarations: [...jwkDeclarations, keySetType, fetchKeysFunction(key.url), pickKeyFunction],
      }
  }
}

function claimChecks(request: ProgramRequest): GoPart {
  const audiences = audiencesOf(request)
  const required = requiredTimeClaims(request)
  const check = (condition: string, error: string): string[] => [`if ${condition} {`, `${tab}fail(${error})`, '}']
  return part(['time'], [
    ...goComment(why.time(request)),
    'now := time.Now().Unix()',
    ...check(`!claims.VerifyExpiresAt(now-leewaySeconds, ${required.includes('exp')})`, 'jwt.ErrTokenExpired'),
    ...check(`!claims.VerifyNotBefore(now+leewaySeconds, ${required.includes('nbf')})`, 'jwt.ErrTokenNotValidYet'),
    ...(request.issuer === undefined ? [] : [...goComment(why.issuer()), ...check(`!claims.VerifyIssuer(${quoted(request.issuer)}, true)`, 'jwt.ErrTokenInvalidIssuer')]),
    ...(audiences.length === 0
      ? []
      : [...goComment(why.audience()), ...check(audiences.map((audience) => `!claims.VerifyAudience(${quoted(audience)}, true)`).join(' && '), 'jwt.ErrTokenInvalidAudience')]),
  ])
}

function mainFunction(request: ProgramRequest): GoPart {
  const checks = claimChecks(request)
  return part(['encoding/json', 'fmt', ...checks.imports], [
    'func main() {',
    ...indent([
      'claims := jwt.MapClaims{}',
      'parser := jwt.NewParser(',
      ...indent([
        ...goComment(why.algorithm(request.alg)),
        `jwt.WithValidMethods([]string{${quoted(request.alg)}}),`,
        ...goComment('Numbers stay exactly as the token has them.'),
        'jwt.WithJSONNumber(),',
        ...goComment('golang-jwt v4 checks exp and nbf without leeway; they are checked below, with it.'),
        'jwt.WithoutClaimsValidation(),',
      ], tab),
      ')',
      'if _, err := parser.ParseWithClaims(requiredEnv("JWT"), claims, verificationKey); err != nil {',
      `${tab}fail(err)`,
      '}',
      ...checks.lines,
      'payload, err := json.Marshal(claims)',
      'if err != nil {',
      `${tab}fail(err)`,
      '}',
      'fmt.Println(string(payload))',
    ], tab),
    '}',
  ])
}

const requiredEnvFunction = part(['fmt', 'os'], [
  'func requiredEnv(name string) string {',
  `${tab}value := os.Getenv(name)`,
  `${tab}if value == "" {`,
  `${tab}${tab}fail(fmt.Errorf("set %s in the environment", name))`,
  `${tab}}`,
  `${tab}return value`,
  '}',
])

const failFunction = part(['fmt', 'os'], ['func fail(err error) {', `${tab}fmt.Fprintln(os.Stderr, err)`, `${tab}os.Exit(1)`, '}'])

/** The import block: standard packages sorted, then golang-jwt, as goimports groups them. */
function importBlock(parts: readonly GoPart[]): string[] {
  const standard = [...new Set(parts.flatMap((each) => each.imports))].sort()
  return ['import (', ...standard.map((name) => `${tab}"${name}"`), '', `${tab}"github.com/golang-jwt/jwt/v4"`, ')']
}

export function goJwtProgram(request: ProgramRequest): ProgramSuccess {
  const fileName = 'main.go'
  const runCommand = `${environmentPrefix(request, true)}go run ${fileName}`
  const key = keyParts(request)
  const keyFunction = part(key.body.imports, [
    ...goComment("The key the token's signature is checked with."),
    'func verificationKey(token *jwt.Token) (interface{}, error) {',
    ...indent(key.body.lines, tab),
    '}',
  ])
  const body = [mainFunction(request), keyFunction, ...key.declarations, requiredEnvFunction, failFunction]
  const source = joinBlocks([
    [...goComment('Verifies the token in the JWT environment variable with golang-jwt v4, and prints its payload as JSON.'), `// Run: ${runCommand}`, 'package main'],
    importBlock(body),
    [...goComment('Allowed clock difference between machines, in seconds, when checking exp and nbf.'), `const leewaySeconds = ${leewaySeconds}`],
    ...body.map((each) => each.lines),
  ])
  return {
    ok: true,
    source,
    fileName,
    installCommand: 'go mod init verify-jwt && go get github.com/golang-jwt/jwt/v4',
    runCommand,
  }
}

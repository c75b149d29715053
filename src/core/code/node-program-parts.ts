// The parts that the jose and jsonwebtoken programs share: both are ES modules for Node, read the
// environment the same way and take the same names for the algorithm, issuer, audience and leeway.
import type { ProgramRequest } from './program-request'
import { audiencesOf, comment, environmentPrefix, leewaySeconds, singleQuoted, why, type Lines } from './program-parts'

export const jsIndent = '  '

export function jsComment(text: string): string[] {
  return comment('//', text)
}

export function importLine(names: readonly string[], from: string): string {
  return `import { ${[...names].sort().join(', ')} } from ${singleQuoted(from)}`
}

export function defaultImportLine(name: string, from: string): string {
  return `import ${name} from ${singleQuoted(from)}`
}

export function jsArray(values: readonly string[]): string {
  return `[${values.map(singleQuoted).join(', ')}]`
}

/** A missing variable is an error with its name, rather than the text "undefined" used as a key. */
export const requiredEnvFunction: Lines = [
  'function requiredEnv(name) {',
  '  const value = process.env[name]',
  '  if (!value) throw new Error(`Set ${name} in the environment.`)',
  '  return value',
  '}',
]

/** The secret's bytes as a Buffer, decoded from JWT_KEY (Node's encoding names are the page's). */
export function secretBufferExpression(encoding: string): string {
  return `Buffer.from(requiredEnv('JWT_KEY'), '${encoding}')`
}

/** The verify options both libraries read under the same names (jsonwebtoken's clockTolerance is in seconds too). */
export function commonVerifyOptions(request: ProgramRequest): string[] {
  const audiences = audiencesOf(request)
  return [
    ...jsComment(why.algorithm(request.alg)),
    `algorithms: ${jsArray([request.alg])},`,
    ...(request.issuer === undefined ? [] : [...jsComment(why.issuer()), `issuer: ${singleQuoted(request.issuer)},`]),
    ...(audiences.length === 0 ? [] : [...jsComment(why.audience()), `audience: ${audiences.length === 1 ? singleQuoted(audiences[0]!) : jsArray(audiences)},`]),
    ...jsComment(why.time(request)),
    `clockTolerance: ${leewaySeconds},`,
  ]
}

/** `const token = …` from an `Authorization: Bearer` header whose value is `headerExpression`. */
export function bearerTokenLine(headerExpression: string): string {
  return `const token = /^Bearer +(\\S+)$/i.exec(${headerExpression} ?? '')?.[1]`
}

export const missingBearerMessage = 'Send the token in an Authorization: Bearer header.'

/** The program form's ending: print the payload, or the library's error and a failing exit code. */
export function printOutcome(verifyLines: Lines): string[] {
  return [
    'try {',
    ...verifyLines.map((line) => (line === '' ? '' : jsIndent + line)),
    '  console.log(JSON.stringify(payload))',
    '} catch (error) {',
    '  console.error(`${error.code ?? error.name}: ${error.message}`)',
    '  process.exitCode = 1',
    '}',
  ]
}

export function nodeRunCommand(request: ProgramRequest, fileName: string): string {
  return `${environmentPrefix(request, true)}node ${fileName}`
}

// Turns a program request into a whole program in the chosen language, or says why it cannot.
import type { CodeForm, CodeLanguage, GeneratedProgram, ProgramRequest } from './program-request'
import { libraryNames, unsupportedReason } from './program-support'
import { nodeJoseProgram } from './node-jose-program'
import { nodeJsonwebtokenProgram } from './node-jsonwebtoken-program'
import { pythonPyjwtProgram } from './python-pyjwt-program'
import { goJwtProgram } from './go-jwt-program'

const formsByLanguage: Record<CodeLanguage, readonly CodeForm[]> = {
  'node-jose': ['program', 'nextjs-route-handler'],
  'node-jsonwebtoken': ['program', 'express-middleware'],
  'python-pyjwt': ['program', 'fastapi-dependency'],
  'go-jwt': ['program'],
}

/** The forms a language offers, `program` first. */
export function formsOf(language: CodeLanguage): readonly CodeForm[] {
  return formsByLanguage[language]
}

export const codeFormLabels: Record<CodeForm, string> = {
  program: 'Command-line program',
  'express-middleware': 'Express middleware',
  'nextjs-route-handler': 'Next.js route handler',
  'fastapi-dependency': 'FastAPI dependency',
}

const generators: Record<CodeLanguage, (request: ProgramRequest) => GeneratedProgram> = {
  'node-jose': nodeJoseProgram,
  'node-jsonwebtoken': nodeJsonwebtokenProgram,
  'python-pyjwt': pythonPyjwtProgram,
  'go-jwt': goJwtProgram,
}

export function generateProgram(request: ProgramRequest): GeneratedProgram {
  if (!formsOf(request.language).includes(request.form)) {
    return { ok: false, reason: `${libraryNames[request.language]} has no ${codeFormLabels[request.form]} form here; choose the command-line program.` }
  }
  const unsupported = unsupportedReason(request.language, request.alg, request.key)
  if (unsupported) return { ok: false, ...unsupported }
  return generators[request.language](request)
}

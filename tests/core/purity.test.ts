// The core stays pure: no UI framework, no DOM, nothing from outside src/core but jose and a wordlist.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/.test(entry.name) ? [path] : []
  })
}

/** Every module specifier: static imports and re-exports, side-effect imports, dynamic imports and require. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ]
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!))
}

const files = sourceFiles(coreDir)
// jose for crypto, and a wordlist that is plain data (src/core/crack/bundled-wordlist.ts).
const allowedPackages = ['jose', '@zxcvbn-ts/language-common']
const forbiddenPackage = /^(react|react-dom)(\/|$)|^@codemirror\/|^@tanstack\//

describe('src/core is pure', () => {
  it('finds the core modules', () => {
    const names = files.map((file) => relative(coreDir, file).split(sep).join('/'))
    expect(names).toEqual(expect.arrayContaining(['token/decode-token.ts', 'json/scan-json.ts', 'encoding/base64url.ts', 'claims/expiry.ts']))
  })

  it('reads the specifiers of every import form', () => {
    expect(
      specifiers(
        [
          "import { a } from './a'",
          "import type { B } from '../b'",
          "export { c } from \"./c\"",
          "export * from './d'",
          "import './e'",
          "const f = await import('./f')",
          "import {\n  g,\n  h,\n} from 'react'",
        ].join('\n'),
      ).sort(),
    ).toEqual(['../b', './a', './c', './d', './e', './f', 'react'])
  })

  it.each(files.map((file) => [relative(coreDir, file), file]))('%s imports nothing from React, CodeMirror or TanStack', (_name, file) => {
    expect(specifiers(readFileSync(file, 'utf8')).filter((specifier) => forbiddenPackage.test(specifier))).toEqual([])
  })

  it.each(files.map((file) => [relative(coreDir, file), file]))('%s does not touch document or window', (_name, file) => {
    const source = readFileSync(file, 'utf8')
    expect(source.match(/\b(document|window)\./g) ?? []).toEqual([])
  })

  it.each(files.map((file) => [relative(coreDir, file), file]))('%s imports only from src/core, jose and the wordlist', (_name, file) => {
    const outside = specifiers(readFileSync(file, 'utf8')).filter((specifier) => {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier)
        return target !== coreDir && !target.startsWith(coreDir + sep)
      }
      return !allowedPackages.includes(specifier)
    })
    expect(outside).toEqual([])
  })
})

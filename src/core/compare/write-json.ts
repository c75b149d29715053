// JSON text for comparing and for showing values. Iterative, so a claim nested thousands of levels
// deep (a token anyone can write) cannot overflow the stack, and bounded, so showing a value of
// megabytes costs no more than the characters shown.
import type { JsonValue } from '../json/scan-json'
import { isJsonObject } from '../json/json-value'

export interface WriteJsonOptions {
  /** Members in name order, so two objects that differ only in order give the same text. */
  sortKeys: boolean
  /** Stop once the text is longer than this; the text then ends wherever writing stopped. */
  maxChars?: number
}

type Step = { text: string } | { value: JsonValue }

export function writeJson(value: JsonValue, { sortKeys, maxChars = Number.POSITIVE_INFINITY }: WriteJsonOptions): string {
  let out = ''
  const steps: Step[] = [{ value }]
  while (steps.length > 0 && out.length <= maxChars) {
    const step = steps.pop()!
    if ('text' in step) {
      out += step.text
      continue
    }
    const current = step.value
    // Pushed in reverse: the last pushed is written first.
    if (Array.isArray(current)) {
      steps.push({ text: ']' })
      for (let index = current.length - 1; index >= 0; index--) {
        steps.push({ value: current[index]! })
        if (index > 0) steps.push({ text: ',' })
      }
      steps.push({ text: '[' })
    } else if (isJsonObject(current)) {
      const names = Object.keys(current)
      if (sortKeys) names.sort()
      steps.push({ text: '}' })
      for (let index = names.length - 1; index >= 0; index--) {
        const name = names[index]!
        steps.push({ value: current[name]! })
        steps.push({ text: `${index > 0 ? ',' : ''}${JSON.stringify(name)}:` })
      }
      steps.push({ text: '{' })
    } else {
      out += JSON.stringify(current)
    }
  }
  return out
}

/** The same text for equal JSON values, whatever the order of their members: deep equality as text. */
export function canonicalJson(value: JsonValue): string {
  return writeJson(value, { sortKeys: true })
}

export function isSameJson(a: JsonValue, b: JsonValue): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b)
}

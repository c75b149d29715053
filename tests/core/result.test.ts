import { describe, expect, it } from 'vitest'
import { err, ok, thrownMessage, type Result } from '../../src/core/result'

describe('Result', () => {
  it('carries a value or an error, told apart by ok', () => {
    const results: Array<Result<number, string>> = [ok(1), err('broken')]
    expect(results.map((result) => (result.ok ? `value ${result.value}` : `error ${result.error}`))).toEqual(['value 1', 'error broken'])
  })

  it('keeps falsy values and errors as they are', () => {
    expect(ok(0)).toEqual({ ok: true, value: 0 })
    expect(ok(undefined)).toEqual({ ok: true, value: undefined })
    expect(err('')).toEqual({ ok: false, error: '' })
  })
})

describe('thrownMessage', () => {
  it.each<[string, unknown, string]>([
    ['an Error', new TypeError('bad key'), 'bad key'],
    ['a DOMException', new DOMException('The operation failed', 'OperationError'), 'The operation failed'],
    ['a string', 'plain words', 'plain words'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['an object', { code: 1 }, '[object Object]'],
  ])('says what %s says', (_name, thrown, message) => {
    expect(thrownMessage(thrown)).toBe(message)
  })
})

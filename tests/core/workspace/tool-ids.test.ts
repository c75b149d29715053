import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isToolId, toolIds } from '../../../src/core/workspace/tool-ids'

describe('isToolId', () => {
  it.each(toolIds)('accepts %s', (id) => {
    expect(isToolId(id)).toBe(true)
  })

  // The URL and the contract spell tools exactly; anything else read from a URL is no tool.
  it.each([['Crack'], [' crack'], ['claims_check'], [''], ['__proto__'], ['toString'], [null], [undefined], [1], [['crack']], [{ crack: true }]])('rejects %j', (value) => {
    expect(isToolId(value)).toBe(false)
  })

  it('accepts exactly the listed names, of any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(...toolIds)), (value) => {
        expect(isToolId(value)).toBe((toolIds as readonly unknown[]).includes(value))
      }),
    )
  })
})

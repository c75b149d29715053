import { describe, expect, it } from 'vitest'
import { findSensitiveClaims, isCardNumber } from '../../../src/core/lint/sensitive-values'

describe('findSensitiveClaims', () => {
  it.each([
    [{ password: 'hunter2' }, 'password', 'a password'],
    [{ clientSecret: 'abc' }, 'clientSecret', 'a secret or API key'],
    [{ user: { api_key: 'k-123' } }, 'user.api_key', 'a secret or API key'],
    [{ pan: '5555555555554444' }, 'pan', 'a payment card number (it passes the Luhn check)'],
    [{ cards: [378282246310005] }, 'cards.0', 'a payment card number (it passes the Luhn check)'],
    [{ id: '078-05-1121' }, 'id', 'a US social security number'],
    [{ account: 'GB82 WEST 1234 5698 7654 32' }, 'account', 'a bank account number (IBAN, checksum valid)'],
    [{ aws: 'AKIAIOSFODNN7EXAMPLE' }, 'aws', 'an AWS access key ID'],
    [{ cnf: { jwk: { kty: 'EC', d: 'private' } } }, 'cnf.jwk', 'a private key (a JWK with "d")'],
  ])('finds %j', (claims, path, kind) => {
    expect(findSensitiveClaims(claims)).toMatchObject([{ path, kind }])
  })

  it.each([
    [{ password_changed_at: 1700000000 }],
    [{ has_password: true }],
    [{ card: '4111 1111 1111 1112' }],
    [{ id: '000-12-3456' }],
    [{ iban: 'GB82 WEST 1234 5698 7654 33' }],
    [{ cnf: { jwk: { kty: 'EC', x: 'public' } } }],
    [{ secret: '' }],
  ])('leaves %j alone', (claims) => {
    expect(findSensitiveClaims(claims)).toEqual([])
  })
})

describe('isCardNumber', () => {
  it.each([
    ['4111111111111111', true],
    ['4012888888881881', true],
    ['2223003122003222', true],
    ['6011111111111117', true],
    ['4111111111111112', false],
    ['1234567812345670', false],
    ['0000000000000000', false],
    ['411111111111', false],
  ])('%s: %s', (digits, expected) => {
    expect(isCardNumber(digits)).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { lessonCatalog, loadLessonContent } from '../../src/features/lessons/catalog'
import type { LessonContent, LessonTry } from '../../src/features/lessons/lesson'
import type { DecodedToken } from '../../src/core/token/decoded-token'
import type { JsonObject } from '../../src/core/json/scan-json'
import { decodeToken, openDecrypted } from '../../src/core/token/decode-token'
import { parseKeyText } from '../../src/core/keys/parse-key-text'
import { lintToken } from '../../src/core/lint/lint-token'
import { keyFactsOf } from '../../src/core/lint/key-facts'
import { findKnownSecret } from '../../src/core/lint/find-known-secret'
import { rules } from '../../src/core/lint/rules'
import { commonJwtSecrets } from '../../src/core/crack/common-jwt-secrets'
import { verifySignature } from '../../src/core/verify/verify-signature'
import { decryptToken } from '../../src/core/decrypt/decrypt-token'

const lessons = await Promise.all(
  lessonCatalog.map(async ({ slug }) => ({ slug, content: (await loadLessonContent(slug)) as LessonContent })),
)
const tries = lessons.flatMap(({ slug, content }) => content.tries.map((lessonTry) => ({ slug, id: lessonTry.id, lessonTry })))
const blocksOf = (content: LessonContent) => content.sections.flatMap((section) => section.blocks)
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What the debugger shows for a lesson's token with its key in the key box: the page's own steps, without the page. */
async function openInDebugger({ token, key }: LessonTry) {
  const decoded = decodeToken(token) as DecodedToken
  const material = parseKeyText(key?.text ?? '')
  const encoding = key?.encoding ?? 'utf8'
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const decryption = decoded.kind === 'jwe' && key ? await decryptToken(decoded, material, encoding) : undefined
  // As routes/index.tsx does: a decrypted JWE shows its plaintext, or the signed token inside it.
  const opened = decryption?.state === 'decrypted' ? openDecrypted(decoded, decryption.plaintext) : decoded
  const readable = opened.kind === 'jwe' && opened.nested && opened.nested.kind !== 'jwe' ? opened.nested : opened
  const claims = readable.payload.type === 'json' && isObject(readable.payload.value) ? readable.payload.value : null
  // As features/findings/use-findings.ts does for HMAC tokens up to 4096 characters.
  const isHmac = typeof header.alg === 'string' && /^HS(256|384|512)$/.test(header.alg) && decoded.input.token.length <= 4096
  const signedWith = isHmac ? await findKnownSecret(decoded, commonJwtSecrets) : undefined
  const keyFacts = { ...keyFactsOf(material, encoding, new Set(commonJwtSecrets)), ...(signedWith !== undefined ? { knownSecret: signedWith } : {}) }
  const findings = lintToken({ decoded, header, claims, nowSeconds: Math.floor(Date.now() / 1000), key: keyFacts }).map((finding) => finding.rule)
  const signature = key && decoded.kind !== 'jwe' ? await verifySignature(decoded, material, encoding) : undefined
  return { decoded, header, claims, findings, decryption, signature }
}

describe.each(lessons)('the $slug lesson', ({ content }) => {
  it('loads its content', () => expect(content).toBeDefined())

  it('has 3 to 5 sections, each with a heading and blocks', () => {
    expect(content.sections.length).toBeGreaterThanOrEqual(3)
    expect(content.sections.length).toBeLessThanOrEqual(5)
    for (const section of content.sections) {
      expect(section.heading.trim()).not.toBe('')
      expect(section.blocks.length).toBeGreaterThan(0)
    }
  })

  it('links every try from a block, and every block to a try', () => {
    const ids = content.tries.map((lessonTry) => lessonTry.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThan(0)
    const linked = blocksOf(content).flatMap((block) => (block.type === 'try' || block.type === 'anatomy' ? [block.tryId] : []))
    for (const tryId of linked) expect(ids).toContain(tryId)
    for (const id of ids) expect(linked).toContain(id)
    expect(blocksOf(content).some((block) => block.type === 'try')).toBe(true)
  })

  it('keeps lists short enough for a slide', () => {
    for (const block of blocksOf(content)) if (block.type === 'list') expect(block.items.length).toBeLessThanOrEqual(5)
  })

  it('has 2 to 5 hands-on steps', () => {
    expect(content.handsOn.length).toBeGreaterThanOrEqual(2)
    expect(content.handsOn.length).toBeLessThanOrEqual(5)
  })

  it('has a self-check with 3 or 4 options, exactly one correct, each with feedback', () => {
    const { question, options } = content.check
    expect(question.trim()).not.toBe('')
    expect(options.length).toBeGreaterThanOrEqual(3)
    expect(options.length).toBeLessThanOrEqual(4)
    expect(options.filter((option) => option.isCorrect)).toHaveLength(1)
    for (const option of options) expect(option.feedback.trim()).not.toBe('')
  })

  it('leaves the verdict to the self-check, which says "Right." or "Not quite." before the feedback', () => {
    for (const { feedback } of content.check.options) expect(feedback).not.toMatch(/^(right|correct|yes|no|not quite|not enough|wrong)[.,:;!]/i)
  })

  it('cites its references with https links', () => {
    expect(content.references.length).toBeGreaterThan(0)
    for (const { label, url } of content.references) {
      expect(label.trim()).not.toBe('')
      expect(url).toMatch(/^https:\/\//)
      if (url.includes('rfc-editor.org')) expect(url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+(#section-[\d.]+)?$/)
    }
  })
})

describe.each(tries)('the $slug lesson\'s $id token', ({ lessonTry }) => {
  const { expect: expected, key } = lessonTry

  it('decodes to the kind and algorithm the lesson states, with its claims', async () => {
    const { decoded, header, claims } = await openInDebugger(lessonTry)
    expect(decoded.kind).toBe(expected.kind)
    expect(header.alg).toBe(expected.alg)
    if (expected.claims) expect(claims).toMatchObject(expected.claims)
  })

  it('raises the findings the lesson states', async () => {
    const { findings } = await openInDebugger(lessonTry)
    expect(findings).toEqual(expect.arrayContaining(expected.findings ?? []))
  })

  it('states a signature verdict exactly when it gives a key for a signed token', () => {
    expect(expected.signature !== undefined).toBe(key !== undefined && expected.kind !== 'jwe')
  })
})

describe.each(tries.filter(({ lessonTry }) => lessonTry.key && lessonTry.expect.kind !== 'jwe'))('the $slug lesson\'s $id token, with its key', ({ lessonTry }) => {
  it('gets the signature verdict the lesson states', async () => {
    const { signature } = await openInDebugger(lessonTry)
    expect(signature?.state).toBe(lessonTry.expect.signature)
  })
})

describe.each(tries.filter(({ lessonTry }) => lessonTry.key && lessonTry.expect.kind === 'jwe'))('the $slug lesson\'s $id JWE, with its key', ({ lessonTry }) => {
  it('decrypts', async () => {
    const { decryption } = await openInDebugger(lessonTry)
    expect(decryption?.state).toBe('decrypted')
  })
})

describe('the anatomy lesson', () => {
  it('shows a token part by part', () => {
    const anatomy = lessons.find((lesson) => lesson.slug === 'anatomy')!.content
    expect(blocksOf(anatomy).some((block) => block.type === 'anatomy')).toBe(true)
  })
})

describe('the OpenID Connect lesson', () => {
  it.each([
    ['id-token', 'id-token'],
    ['access-token', 'access-token'],
  ])('shows its "%s" token under the profile the lesson names', async (id, profile) => {
    const lessonTry = tries.find((entry) => entry.slug === 'openid-connect' && entry.id === id)!.lessonTry
    expect((await openInDebugger(lessonTry)).decoded.profile.id).toBe(profile)
  })
})

describe('the lesson catalog', () => {
  it.each(lessonCatalog)('names only findings that exist, for $slug', ({ findings }) => {
    const ruleIds = rules.map((rule) => rule.id)
    for (const finding of findings) expect(ruleIds).toContain(finding)
  })
})

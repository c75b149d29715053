// The shape of a lesson: short sections to read (and to present as slides), tokens to open in the
// debugger, a hands-on step and a self-check. Content lives in ./content, one file per lesson.
import type { SecretEncoding } from '../../core/keys/decode-secret'
import type { JsonValue } from '../../core/json/scan-json'
import type { RuleId } from '../../core/lint/rules'
import type { TokenKind } from '../../core/token/decoded-token'

/** Plain text in which `backticks` mark code. */
export type RichText = string

export type LessonBlock =
  | { type: 'text'; text: RichText }
  | { type: 'list'; items: RichText[] }
  /** A key, a JSON snippet or a command, shown with a copy button. */
  | { type: 'code'; label: string; text: string }
  /** A link that opens one of the lesson's tokens in the debugger. */
  | { type: 'try'; tryId: string }
  /** The interactive anatomy of one of the lesson's tokens: hover a part to see its bytes decoded. */
  | { type: 'anatomy'; tryId: string }

export interface LessonSection {
  heading: string
  blocks: LessonBlock[]
}

export interface LessonTry {
  id: string
  /** The link's text: "Open the HS256 token in the debugger". */
  label: string
  token: string
  /** The key that verifies (or decrypts) it, shown beside the link to copy into the key box. */
  key?: { label: string; text: string; encoding: SecretEncoding }
  /** What the debugger shows for this token; the tests hold every lesson to it. */
  expect: {
    kind: TokenKind
    alg: string
    /** Claims the payload holds (a subset). */
    claims?: Record<string, JsonValue>
    /** Findings the token raises (a subset; with `key` in the key box when there is one). */
    findings?: RuleId[]
    /** The verdict with `key` in the key box. */
    signature?: 'valid' | 'invalid' | 'error'
  }
}

export interface SelfCheckOption {
  text: RichText
  isCorrect: boolean
  /** Why this answer is right or wrong. */
  feedback: RichText
}

export interface SelfCheck {
  question: RichText
  options: SelfCheckOption[]
}

export interface LessonContent {
  sections: LessonSection[]
  tries: LessonTry[]
  /** What to do in the debugger, step by step. */
  handsOn: RichText[]
  check: SelfCheck
  references: Array<{ label: string; url: string }>
}

/** What the lessons index and the findings need, without loading any lesson's content. */
export interface LessonSummary {
  slug: string
  title: string
  summary: string
  minutes: number
  /** The findings this lesson explains. */
  findings: RuleId[]
}

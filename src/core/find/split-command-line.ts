// Splits a command line into its arguments as the shell would hand them to the program: POSIX shell
// quoting ('…', "…", $'…', backslashes, "\" line continuations) as in "Copy as cURL (bash)", or
// cmd.exe carets followed by the Microsoft C runtime's quoting as in "Copy as cURL (cmd)".

export type Shell = 'posix' | 'cmd'

/** cmd.exe is recognised by its escaped quotes (^") or a caret ending a line. */
export function detectShell(command: string): Shell {
  return /\^"|\^\r?\n/.test(command) ? 'cmd' : 'posix'
}

export function splitCommandLine(command: string, shell: Shell = detectShell(command)): string[] {
  return shell === 'cmd' ? splitMsvcrtArguments(removeCarets(command)) : splitPosixArguments(command)
}

function splitPosixArguments(text: string): string[] {
  const words: string[] = []
  let word = ''
  let isInWord = false
  let i = 0
  const finishWord = () => {
    if (isInWord) words.push(word)
    word = ''
    isInWord = false
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      finishWord()
      i++
    } else if (c === '\\') {
      const next = text[i + 1]
      if (next === '\n') i += 2
      else if (next === '\r' && text[i + 2] === '\n') i += 3
      else {
        if (next !== undefined) word += next
        isInWord = true
        i += 2
      }
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1)
      const end = close === -1 ? text.length : close
      word += text.slice(i + 1, end)
      isInWord = true
      i = end + 1
    } else if (c === '$' && text[i + 1] === "'") {
      const read = readAnsiCQuoted(text, i + 2)
      word += read.value
      isInWord = true
      i = read.end
    } else if (c === '"') {
      i++
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) {
          if (text[i + 1] !== '\n') word += text[i + 1]
          i += 2
        } else word += text[i++]
      }
      isInWord = true
      i++
    } else {
      word += c
      isInWord = true
      i++
    }
  }
  finishWord()
  return words
}

const ANSI_C_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '?': '?', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' }

/** $'…' as bash reads it: backslash escapes, including \xHH and \uHHHH. */
function readAnsiCQuoted(text: string, start: number): { value: string; end: number } {
  let value = ''
  let i = start
  while (i < text.length && text[i] !== "'") {
    if (text[i] !== '\\') {
      // Megabytes of body arrive quoted like this: plain stretches are copied whole, not character by character.
      const stretchEnd = endOfPlainStretch(text, i, "'")
      value += text.slice(i, stretchEnd)
      i = stretchEnd
      continue
    }
    const next = text[i + 1] ?? ''
    const hex = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8}))/.exec(text.slice(i + 1, i + 11))
    if (hex) {
      const code = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16)
      value += code <= 0x10ffff ? String.fromCodePoint(code) : ''
      i += 1 + hex[0].length
    } else {
      value += ANSI_C_ESCAPES[next] ?? `\\${next}`
      i += 2
    }
  }
  return { value, end: i + 1 }
}

/** cmd.exe's own pass: a caret takes the next character literally, and a caret ending a line joins the next. */
function removeCarets(text: string): string {
  let out = ''
  let from = 0
  for (let caret = text.indexOf('^'); caret !== -1; caret = text.indexOf('^', from)) {
    out += text.slice(from, caret)
    if (text[caret + 1] === '\r' && text[caret + 2] === '\n') from = caret + 3
    else if (text[caret + 1] === '\n') from = caret + 2
    else {
      out += text.slice(caret + 1, caret + 2)
      from = caret + 2
    }
  }
  return out + text.slice(from)
}

/**
 * The Microsoft C runtime's rules: whitespace separates arguments outside quotes, a double quote
 * toggles quoting, and backslashes are literal except before a double quote, where each pair is one
 * backslash and an odd one out makes the quote literal.
 */
function splitMsvcrtArguments(text: string): string[] {
  const words: string[] = []
  let word = ''
  let isInWord = false
  let isQuoted = false
  for (let i = 0; i < text.length; ) {
    const c = text[i]!
    if (!isQuoted && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
      if (isInWord) words.push(word)
      word = ''
      isInWord = false
      i++
      continue
    }
    isInWord = true
    if (c === '\\') {
      let count = 0
      while (text[i] === '\\') {
        count++
        i++
      }
      if (text[i] === '"') {
        word += '\\'.repeat(count >> 1)
        if (count % 2 === 1) {
          word += '"'
          i++
        }
      } else word += '\\'.repeat(count)
    } else if (c === '"') {
      isQuoted = !isQuoted
      i++
    } else {
      const stretchEnd = endOfPlainStretch(text, i, isQuoted ? '' : ' \t\n\r')
      word += text.slice(i, stretchEnd)
      i = stretchEnd
    }
  }
  if (isInWord) words.push(word)
  return words
}

/** Where the characters from `start` stop being plain: at a backslash, a double quote, a single quote or one of `stops`. */
function endOfPlainStretch(text: string, start: number, stops: string): number {
  let i = start
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\' || c === '"' || c === "'" || stops.includes(c)) break
    i++
  }
  return Math.max(i, start + 1)
}

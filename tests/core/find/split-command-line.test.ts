import { describe, expect, it } from 'vitest'
import { detectShell, splitCommandLine } from '../../../src/core/find/split-command-line'

describe('splitCommandLine for POSIX shells', () => {
  it.each([
    ['words split at whitespace', 'curl  -s\thttps://a.test', ['curl', '-s', 'https://a.test']],
    ['single quotes keep everything', `curl -H 'a: "b" \\n $x'`, ['curl', '-H', 'a: "b" \\n $x']],
    ['double quotes take backslash escapes of " \\ $ and `', 'curl -d "a\\"b\\\\c\\$d\\e"', ['curl', '-d', 'a"b\\c$d\\e']],
    ["$'…' reads C escapes", "curl --data-raw $'{\"a\":\"it\\'s\\n\\x41\\u00e9\"}'", ['curl', '--data-raw', '{"a":"it\'s\n\x41é"}']],
    ['a backslash at the end of a line joins the next', "curl 'https://a.test' \\\n  -H 'x: 1' \\\r\n  --compressed", ['curl', 'https://a.test', '-H', 'x: 1', '--compressed']],
    ['quoted pieces join into one word', `a'b'"c"d`, ['abcd']],
    ['an unclosed quote runs to the end', `curl 'abc`, ['curl', 'abc']],
  ])('%s', (_name, command, args) => {
    expect(detectShell(command)).toBe('posix')
    expect(splitCommandLine(command)).toEqual(args)
  })
})

describe('splitCommandLine for cmd.exe', () => {
  it.each([
    ['carets escape quotes and other characters', 'curl ^"https://a.test/?a=1^&b=2^" -H ^"x: ^<y^>^"', ['curl', 'https://a.test/?a=1&b=2', '-H', 'x: <y>']],
    ['a caret at the end of a line joins the next', 'curl ^"https://a.test^" ^\r\n  -H ^"x: 1^" ^\n  --compressed', ['curl', 'https://a.test', '-H', 'x: 1', '--compressed']],
    ['backslash-escaped quotes are literal quotes', 'curl --data-raw ^"^{^\\^"a^\\^":^\\^"b^\\^"^}^"', ['curl', '--data-raw', '{"a":"b"}']],
    ['backslashes before a quote are halved', 'x ^"a\\\\\\\\^"', ['x', 'a\\\\']],
    ['backslashes elsewhere are literal', 'x ^"C:\\dir\\file^"', ['x', 'C:\\dir\\file']],
  ])('%s', (_name, command, args) => {
    expect(detectShell(command)).toBe('cmd')
    expect(splitCommandLine(command)).toEqual(args)
  })
})

// A curl command as browsers copy it ("Copy as cURL"): its URL, headers (-H), cookies (-b) and
// body (--data-raw and friends) are named as the request they describe.
import { searchBody } from './search-body'
import { searchCookies, searchHeader } from './search-header'
import { splitCommandLine } from './split-command-line'
import { searchUrl } from './search-url'
import type { TokenSink } from './token-sink'

type OptionKind = 'header' | 'cookie' | 'data' | 'urlencoded' | 'form' | 'bearer' | 'url' | 'referer' | 'other'

const OPTIONS: Record<string, OptionKind> = {
  '-H': 'header',
  '--header': 'header',
  '--proxy-header': 'header',
  '-b': 'cookie',
  '--cookie': 'cookie',
  '-d': 'data',
  '--data': 'data',
  '--data-raw': 'data',
  '--data-binary': 'data',
  '--data-ascii': 'data',
  '--json': 'data',
  '--data-urlencode': 'urlencoded',
  '-F': 'form',
  '--form': 'form',
  '--form-string': 'form',
  '--oauth2-bearer': 'bearer',
  '--url': 'url',
  '-e': 'referer',
  '--referer': 'referer',
  // Options whose argument is not a URL: read as text so that it is not taken for one.
  '-X': 'other',
  '--request': 'other',
  '-A': 'other',
  '--user-agent': 'other',
  '-u': 'other',
  '--user': 'other',
  '-o': 'other',
  '--output': 'other',
  '-x': 'other',
  '--proxy': 'other',
  '-w': 'other',
  '--write-out': 'other',
  '-m': 'other',
  '--max-time': 'other',
  '--connect-timeout': 'other',
  '--cert': 'other',
  '--key': 'other',
  '--cacert': 'other',
  '--resolve': 'other',
}

/** Whether the text (from its first non-blank character) is a curl command. */
export function isCurlCommand(text: string, start = 0): boolean {
  return /curl(?:\.exe)?[ \t]/y.test(text.slice(start, start + 10))
}

export function searchCurl(command: string, sink: TokenSink): void {
  const args = splitCommandLine(command)
  for (let i = 1; i < args.length && !sink.isFull; i++) {
    const arg = args[i]!
    const kind = OPTIONS[arg]
    if (kind !== undefined) {
      const value = args[++i]
      if (value !== undefined) searchOption(kind, value, sink)
      continue
    }
    // A short option with its value attached: -H'Authorization: Bearer …'.
    const attached = /^-[A-Za-z]/.test(arg) ? OPTIONS[arg.slice(0, 2)] : undefined
    if (attached !== undefined && arg.length > 2) searchOption(attached, arg.slice(2), sink)
    else if (arg.startsWith('-')) sink.add(arg, 'text')
    else searchUrl(arg, sink)
  }
}

function searchOption(kind: OptionKind, value: string, sink: TokenSink) {
  switch (kind) {
    case 'header': {
      const colon = value.indexOf(':', value.startsWith(':') ? 1 : 0)
      if (colon === -1) sink.add(value, 'text')
      else searchHeader(value.slice(0, colon).trim(), value.slice(colon + 1).trim(), sink)
      return
    }
    case 'cookie':
      return value.includes('=') ? searchCookies(value, ';', sink) : sink.add(value, 'text')
    case 'data':
      return searchBody(value, '', sink)
    case 'urlencoded':
    case 'form': {
      const equals = value.indexOf('=')
      if (equals <= 0) return sink.add(value, 'text')
      sink.add(value.slice(0, equals), 'text')
      return sink.add(value.slice(equals + 1), `form:${value.slice(0, equals)}`)
    }
    case 'bearer':
      return sink.add(value, 'authorization-header')
    case 'url':
      return searchUrl(value, sink)
    case 'referer':
      return searchHeader('Referer', value, sink)
    case 'other':
      return sink.add(value, 'text')
  }
}

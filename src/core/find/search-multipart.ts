// A multipart/form-data body (RFC 7578): each part's content is `form:NAME`, the name taken from its
// Content-Disposition header.
import type { TokenSink } from './token-sink'

/** The boundary from the Content-Type, or from a first line that looks like one (`--…`). */
export function multipartBoundary(body: string, mimeType: string): string | null {
  const declared = /multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(mimeType)?.[1]
  if (declared) return declared
  const firstLine = /^--([^\s]{1,200})\r?\n[Cc]ontent-[Dd]isposition:/.exec(body)
  return firstLine?.[1] ?? null
}

export function searchMultipart(body: string, boundary: string, sink: TokenSink): void {
  const delimiter = `--${boundary}`
  for (const part of body.split(delimiter)) {
    const headersEnd = /\r?\n\r?\n/.exec(part)
    if (!headersEnd) {
      sink.add(part, 'text')
      continue
    }
    const headers = part.slice(0, headersEnd.index)
    const content = part.slice(headersEnd.index + headersEnd[0].length).replace(/\r?\n$/, '')
    const name = /content-disposition:[^\n]*?\bname="([^"]*)"/i.exec(headers)?.[1]
    sink.add(headers, 'text')
    sink.add(content, name === undefined ? 'text' : `form:${name}`)
  }
}

// Reads a `_headers` file as Netlify and Cloudflare Pages do: a path pattern on its own line, then
// the headers for it, indented, one `Name: value` a line. Comments start with '#'.

export interface HeaderRule {
  path: string
  headers: Array<[name: string, value: string]>
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] })
      continue
    }
    const rule = rules.at(-1)
    const header = /^\s+([^\s:]+):\s*(.*?)\s*$/.exec(line)
    if (!rule || !header) throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value" under one: ${line}`)
    rule.headers.push([header[1]!, header[2]!])
  }
  return rules
}

// Imports each generated Next.js route module and calls its GET with web Requests, as Next.js would.
// Reads [{ file, keyText, tokens }] on stdin; prints, per route, the answers as JSON.
import { text } from 'node:stream/consumers'
import { pathToFileURL } from 'node:url'

const jobs = JSON.parse(await text(process.stdin))
const answers = []
for (const job of jobs) {
  // Each route reads JWT_KEY when it is called; the key in use is this route's.
  if (job.keyText === undefined || job.keyText === null) delete process.env.JWT_KEY
  else process.env.JWT_KEY = job.keyText
  const { GET } = await import(pathToFileURL(job.file).href)
  const call = async (headers) => {
    const response = await GET(new Request('http://localhost:3000/api/protected', { headers }))
    return { status: response.status, body: await response.json() }
  }
  const tokens = []
  for (const token of job.tokens) tokens.push(await call({ authorization: `Bearer ${token}` }))
  answers.push({ missingHeader: await call({}), tokens })
}
console.log(JSON.stringify(answers))

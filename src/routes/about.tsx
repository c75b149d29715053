import { Link, createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/about')({ component: AboutPage })

function AboutPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">About JWT Workbench</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        JWT Workbench takes apart JSON Web Tokens so you can see exactly what they say. Paste a token and every part is
        decoded on the spot: the header, the claims with what each one means, the dates in your time zone and in UTC, how
        long the token has left, and everything about it that is malformed, ambiguous or unusual.
      </p>

      <h2 className="mt-10 text-xl font-semibold">Your tokens stay on your device</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-700 dark:text-slate-300">
        <li>Decoding happens in this page, in JavaScript. Nothing you paste is uploaded, logged or sent to any server.</li>
        <li>
          Nothing is stored either: reload the page and the token is gone. The only way a token travels is a share link
          you create yourself, which carries it in the part of the URL after <code>#</code>; browsers never send that part
          to a server.
        </li>
        <li>The app loads no analytics, fonts or scripts from anywhere else.</li>
      </ul>

      <h2 className="mt-10 text-xl font-semibold">What it understands</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-700 dark:text-slate-300">
        <li>Signed tokens (JWS), encrypted tokens (JWE, whose protected header it shows), unsecured tokens and nested tokens.</li>
        <li>The JWS JSON serializations, flattened and general, pasted as JSON.</li>
        <li>
          Tokens as people really paste them: with a <code>Bearer</code> prefix, a whole <code>Authorization:</code> line,
          quotes, or line breaks from a terminal.
        </li>
        <li>OpenID Connect ID tokens, OAuth access tokens (RFC 9068), logout tokens, security event tokens, DPoP proofs and more, each named in words.</li>
      </ul>

      <p className="mt-10">
        <Link to="/" className="font-medium text-sky-700 underline dark:text-sky-400">
          Open the debugger
        </Link>
      </p>
    </main>
  )
}

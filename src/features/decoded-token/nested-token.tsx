import type { DecodedToken } from '../../core/token/decoded-token'
import { HeaderPanel } from './header-panel'
import { PayloadPanel } from './payload-panel'

/** The inner token of a nested JWT, shown beneath the outer one. */
export function NestedToken({ decoded, depth = 1 }: { decoded: DecodedToken; depth?: number }) {
  return (
    <section aria-label={`Inner token, level ${depth}`} className="space-y-4 rounded-xl border-2 border-dashed border-slate-300 p-3 dark:border-slate-700">
      <p className="text-sm font-semibold">
        Inner token (level {depth}): the payload is itself a {decoded.kind === 'jwe' ? 'JWE' : 'JWT'}, as its header's "cty" says.
      </p>
      {decoded.failures.map((failure, index) => (
        <p key={index} className="text-sm text-red-800 dark:text-red-200">
          {failure.message}
        </p>
      ))}
      <HeaderPanel decoded={decoded} withTestIds={false} />
      <PayloadPanel decoded={decoded} withTestIds={false} />
      {decoded.nested ? <NestedToken decoded={decoded.nested} depth={depth + 1} /> : null}
    </section>
  )
}

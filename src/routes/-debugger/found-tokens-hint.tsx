import { plural } from '../../core/text/words'

/** Where the decoded token would be, while the token box holds a text with several: each opens here. */
export function FoundTokensHint({ count }: { count: number }) {
  return (
    <section className="rounded-xl border-2 border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">Pick a token to take it apart</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
        The text holds {plural(count, 'token')}, listed under the token box. The one you pick is decoded here, and the text stays one click away.
      </p>
    </section>
  )
}

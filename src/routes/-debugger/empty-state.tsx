export function EmptyState({ onExample, onNewToken }: { onExample: () => void; onNewToken: () => void }) {
  return (
    <section className="rounded-xl border-2 border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">Paste a token to take it apart</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
        A JWT, a JWE, a JWS in JSON form, an SD-JWT, or a whole <code>Authorization: Bearer …</code> line. It is decoded here, in your browser, and never sent
        anywhere.
      </p>
      <button
        type="button"
        onClick={onExample}
        className="mt-4 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Load an example token
      </button>{' '}
      <button
        type="button"
        onClick={onNewToken}
        className="mt-4 rounded-md border border-sky-700 px-3 py-1.5 text-sm font-semibold text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-slate-800"
      >
        Build a new token
      </button>
    </section>
  )
}

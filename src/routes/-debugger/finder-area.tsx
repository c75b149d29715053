// Under the token box, once the finder has something to say: the tokens found in the box's text or
// in a file, the way back to them once one is opened, and what the token is at a glance.
import { buttonClass } from '../../components/copy-button'
import type { FoundToken } from '../../core/find/found-token'
import { plural } from '../../core/text/words'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'
import { describeSources } from '../../features/finder/describe-source'
import { FoundTokens } from '../../features/finder/found-tokens'
import type { RowAction } from '../../features/finder/found-token-row'
import { hasFoundTokens } from '../../features/finder/use-token-finder'
import { describeFileSearch, textHeading } from '../../features/finder/describe-search'
import type { TextSearch } from '../../features/finder/use-text-search'
import type { FileSearchView } from '../../features/finder/use-file-search'
import { formatMegabytes, type FileSearch, type FileSearchStore } from '../../features/finder/file-search-store'

export interface FinderAreaProps {
  session: DebuggerSession
  file: FileSearchView
  /** What the token is at a glance (folded away while the box's text lists tokens). */
  glance: React.ReactNode
  /** The search of the token box's text. */
  textSearch: TextSearch
  /** The visit's file search, started from the token panel. */
  fileStore: FileSearchStore
  /** Puts a found token in the Compare tool, beside the token the user opens. */
  onCompare: (token: string) => void
}

const linkClass =
  'font-medium text-sky-700 underline hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-400 dark:hover:text-sky-300'

export function FinderArea({ session, file, glance, textSearch: text, fileStore, onCompare }: FinderAreaProps) {
  const { state, dispatch } = session
  const textList = hasFoundTokens(text) ? text : null
  const fileSearch = file.search
  const rowAction: RowAction = {
    label: 'Compare',
    describe: (found) => `Compare the token from ${describeSources(found.sources)} with another`,
    onAction: (found) => onCompare(found.token),
  }
  // While the box holds the pasted text, the token chosen for Compare waits for the one to set beside it.
  const waiting = textList && state.comparison !== '' ? textList.list.tokens.find((found) => found.token === state.comparison) : undefined

  const openFromText = (found: FoundToken) => {
    if (!textList) return
    dispatch({
      type: 'found-token-opened',
      token: found.token,
      message: `Opened the token from ${describeSources(found.sources)}.`,
      searchedText: { text: textList.text, count: textList.list.tokens.length },
    })
  }
  const openFromFile = (found: FoundToken) => {
    if (!fileSearch) return
    fileStore.hide()
    dispatch({ type: 'token-loaded', token: found.token, message: `Opened the token from ${describeSources(found.sources)} in ${fileSearch.name}.` })
  }
  const { searchedText } = state
  const canGoBackToText = searchedText !== null && textList === null && state.token !== searchedText.text
  const canGoBackToFile = fileSearch !== null && !file.isShown && fileSearch.state !== 'failed'

  return (
    <>
      {canGoBackToText || canGoBackToFile ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
          {canGoBackToText ? (
            <button
              type="button"
              className={linkClass}
              onClick={() =>
                dispatch({ type: 'token-loaded', token: searchedText.text, message: `Back to the text with ${plural(searchedText.count, 'token')} in it.` })
              }
            >
              ← Back to the {plural(searchedText.count, 'token')} found in the text
            </button>
          ) : null}
          {canGoBackToFile ? (
            <button type="button" className={linkClass} onClick={() => fileStore.show(state.token)}>
              ← Back to{' '}
              {fileSearch.state === 'done' ? `the ${plural(fileSearch.list.tokens.length, 'token')} in ${fileSearch.name}` : `the search of ${fileSearch.name}`}
            </button>
          ) : null}
        </p>
      ) : null}
      {file.isShown && fileSearch ? <FileResults search={fileSearch} onOpen={openFromFile} onClose={fileStore.close} rowAction={rowAction} /> : null}
      {textList ? (
        <>
          {waiting ? (
            <p role="status" className="border-t border-slate-200 px-4 py-2 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
              The token from {describeSources(waiting.sources)} is in Compare: open the token to set beside it.
            </p>
          ) : null}
          <FoundTokens heading={textHeading(textList.list.tokens.length)} list={textList.list} onOpen={openFromText} rowAction={rowAction} />
          <details className="border-t border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
            <summary className="cursor-pointer text-slate-700 dark:text-slate-300">The text as a whole is not one token</summary>
            <div className="-mx-4 mt-2">{glance}</div>
          </details>
        </>
      ) : (
        <>
          {text.state === 'searching' ? (
            <p className="border-t border-slate-200 px-4 py-2 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
              Searching the text for tokens…
            </p>
          ) : null}
          {glance}
        </>
      )}
    </>
  )
}

function FileResults({
  search,
  onOpen,
  onClose,
  rowAction,
}: {
  search: FileSearch
  onOpen: (found: FoundToken) => void
  onClose: () => void
  rowAction: RowAction | undefined
}) {
  const close = (
    <button type="button" className={buttonClass} onClick={onClose} aria-label={`Close the search of ${search.name}`}>
      {search.state === 'searching' ? 'Cancel' : 'Close'}
    </button>
  )
  if (search.state === 'done' && search.list.tokens.length > 0) {
    return <FoundTokens heading={describeFileSearch(search)} list={search.list} onOpen={onOpen} rowAction={rowAction} actions={close} />
  }
  const tone = search.state === 'failed' ? 'text-red-900 dark:text-red-200' : 'text-slate-700 dark:text-slate-300'
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
      <p className={tone}>
        {describeFileSearch(search)}
        {search.state === 'searching' ? (
          <span className="text-slate-600 dark:text-slate-400"> ({formatMegabytes(search.bytes)}, read here and never uploaded)</span>
        ) : null}
      </p>
      {close}
    </div>
  )
}

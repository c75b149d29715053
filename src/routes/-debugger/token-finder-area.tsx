// Under the token box: what the token is at a glance and, once the finder has something to say
// (tokens found in the box's text or in a file, or a way back to them), the finder's panels, whose
// code loads then.
import { Suspense } from 'react'
import { lazyComponent } from '../../components/lazy-component'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'
import type { TextSearch } from '../../features/finder/use-text-search'
import type { FileSearchStore } from '../../features/finder/file-search-store'
import { useFileSearch } from '../../features/finder/use-file-search'
import { announceSearch } from '../../features/finder/describe-search'
import { TokenGlance } from './token-glance'

const FinderArea = lazyComponent(() => import('./finder-area').then((module) => module.FinderArea))

export interface TokenFinderAreaProps {
  session: DebuggerSession
  /** The search of the token box's text. */
  textSearch: TextSearch
  /** The visit's file search, started from the token panel. */
  fileStore: FileSearchStore
  /** Puts a found token in the Compare tool, beside the token the user opens. */
  onCompare: (token: string) => void
}

export function TokenFinderArea(props: TokenFinderAreaProps) {
  const { session, textSearch } = props
  const file = useFileSearch(props.fileStore, session.state.token)
  const isFinding = textSearch.state !== 'none' || file.search !== null || session.state.searchedText !== null
  const glance = <TokenGlance session={session} />
  return (
    <>
      {/* Present from the start, so what it says is announced. */}
      <p role="status" className="sr-only">
        {announceSearch(textSearch, file.search, file.isShown)}
      </p>
      {isFinding ? (
        <Suspense fallback={glance}>
          <FinderArea {...props} file={file} glance={glance} />
        </Suspense>
      ) : (
        glance
      )}
    </>
  )
}

// The file search of this visit: one store, kept in the session's memory, read by the panels that show it.
import { startTransition, useEffect, useState } from 'react'
import type { SessionMemory } from '../../hooks/use-kept-state'
import { createFileSearchStore, type FileSearch, type FileSearchStore } from './file-search-store'

const memoryKey = 'finder.file'

/** The visit's store, created on first use: a stable object, so holding it renders nothing when it changes. */
export function useFileSearchStore(memory: SessionMemory): FileSearchStore {
  const [store] = useState(() => {
    const kept = memory.get(memoryKey) as FileSearchStore | undefined
    if (kept) return kept
    const created = createFileSearchStore()
    memory.set(memoryKey, created)
    return created
  })
  return store
}

export interface FileSearchView {
  search: FileSearch | null
  /** The list is on screen: it was not put away, and the token box still holds what it held then. */
  isShown: boolean
}

export function useFileSearch(store: FileSearchStore, token: string): FileSearchView {
  const [search, setSearch] = useState(store.getSnapshot)
  // A transition, not useSyncExternalStore's blocking render: the list of a large file arrives as one
  // update, which React then draws in slices between frames.
  useEffect(() => {
    const update = () => startTransition(() => setSearch(store.getSnapshot()))
    update()
    return store.subscribe(update)
  }, [store])
  return { search, isShown: search !== null && search.shownWithToken === token }
}

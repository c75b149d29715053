import { describe, expect, it } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { useTextSearch, searchOnPageBelowLength } from '../../../src/features/finder/use-text-search'
import type { SearchInBackground } from '../../../src/features/finder/search-in-background'
import type { SearchInput } from '../../../src/features/finder/find-messages'
import type { FindResult } from '../../../src/core/find/found-token'
import type { Result } from '../../../src/core/result'

interface Job {
  input: SearchInput
  finish: (outcome: Result<FindResult, string>) => void
  isCancelled: boolean
}

/** A background search that finishes only when the test says so. */
function controlledSearch() {
  const jobs: Job[] = []
  const search: SearchInBackground = (input) => {
    let finish: Job['finish'] = () => undefined
    const done = new Promise<Result<FindResult, string>>((resolve) => (finish = resolve))
    const job: Job = { input, finish, isCancelled: false }
    jobs.push(job)
    return { done, cancel: () => void (job.isCancelled = true) }
  }
  return { jobs, search }
}

/** Ends a search, and lets the page take in its outcome. */
const finish = (job: Job, outcome: Result<FindResult, string>) =>
  act(async () => {
    job.finish(outcome)
    await Promise.resolve()
  })

const large = (marker: string) => `${'log line '.repeat(searchOnPageBelowLength / 8)}${marker}`
const found = (token: string): FindResult => ({ tokens: [{ token, kind: 'jws', sources: ['text'] }], truncated: false })

describe('useTextSearch on a text too large for the page', () => {
  it('searches in the background, and a newer text cancels the search of an older one', async () => {
    const { jobs, search } = controlledSearch()
    const { result, rerender } = renderHook(({ text }) => useTextSearch(text, true, search), { initialProps: { text: large('first') } })
    expect(result.current.state).toBe('searching')
    rerender({ text: large('second') })
    expect(jobs).toHaveLength(2)
    expect(jobs[0]!.isCancelled).toBe(true)
    await finish(jobs[1]!, { ok: true, value: found('b.b.b') })
    await waitFor(() => expect(result.current).toEqual({ state: 'done', text: large('second'), list: found('b.b.b') }))
  })

  it("never shows an older text's result for a newer text", async () => {
    const { jobs, search } = controlledSearch()
    const { result, rerender } = renderHook(({ text }) => useTextSearch(text, true, search), { initialProps: { text: large('first') } })
    rerender({ text: large('second') })
    await finish(jobs[0]!, { ok: true, value: found('a.a.a') })
    expect(result.current.state).toBe('searching')
  })

  it('says why a search failed', async () => {
    const { jobs, search } = controlledSearch()
    const { result } = renderHook(() => useTextSearch(large('x'), true, search))
    await finish(jobs[0]!, { ok: false, error: 'the search could not run' })
    await waitFor(() => expect(result.current).toEqual({ state: 'failed', message: 'the search could not run' }))
  })

  it('searches nothing when told not to', () => {
    const { jobs, search } = controlledSearch()
    const { result } = renderHook(() => useTextSearch(large('x'), false, search))
    expect(result.current).toEqual({ state: 'none' })
    expect(jobs).toHaveLength(0)
  })
})

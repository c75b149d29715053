import { describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useLatestResult } from '../../../src/hooks/use-latest-result'

function deferred() {
  let resolve = (_value: string) => {}
  const promise = new Promise<string>((settle) => (resolve = settle))
  return { promise, resolve }
}

describe('useLatestResult', () => {
  it('keeps the newest result when an older run finishes last', async () => {
    const runs = new Map([
      ['slow', deferred()],
      ['fast', deferred()],
    ])
    const { result, rerender } = renderHook(({ input }) => useLatestResult(() => runs.get(input)!.promise, [input], 'initial', () => 'failed'), {
      initialProps: { input: 'slow' },
    })
    expect(result.current).toEqual({ value: 'initial', isPending: true })

    rerender({ input: 'fast' })
    await act(async () => {
      const run = runs.get('fast')!
      run.resolve('fast result')
      await run.promise
    })
    expect(result.current).toEqual({ value: 'fast result', isPending: false })

    await act(async () => {
      const run = runs.get('slow')!
      run.resolve('slow result')
      await run.promise
    })
    expect(result.current).toEqual({ value: 'fast result', isPending: false })
  })

  it('shows no earlier result as the result for new inputs while their run is pending', async () => {
    const runs = new Map([
      ['a', deferred()],
      ['b', deferred()],
    ])
    const { result, rerender } = renderHook(({ input }) => useLatestResult(() => runs.get(input)!.promise, [input], 'initial', () => 'failed'), {
      initialProps: { input: 'a' },
    })
    await act(async () => {
      const run = runs.get('a')!
      run.resolve('result a')
      await run.promise
    })
    rerender({ input: 'b' })
    expect(result.current).toEqual({ value: 'initial', isPending: true })
    await act(async () => {
      const run = runs.get('b')!
      run.resolve('result b')
      await run.promise
    })
    expect(result.current).toEqual({ value: 'result b', isPending: false })
  })

  it('turns an unexpected rejection into a result instead of hanging', async () => {
    const { result } = renderHook(() => useLatestResult(() => Promise.reject(new Error('bug')), ['x'], 'initial', (error) => `failed: ${(error as Error).message}`))
    await act(async () => {})
    expect(result.current).toEqual({ value: 'failed: bug', isPending: false })
  })

  it('runs nothing and forgets old results when there is no work', () => {
    const { result } = renderHook(() => useLatestResult<string>(undefined, ['x'], 'initial', () => 'failed'))
    expect(result.current).toEqual({ value: 'initial', isPending: false })
  })
})

// The ticking clock: the one place that reads the time on a timer.
import { useEffect, useState } from 'react'
import { currentSeconds } from '../core/claims/time'

export function useNowSeconds(intervalMs = 1000): number {
  const [nowSeconds, setNowSeconds] = useState(currentSeconds)
  useEffect(() => {
    const tick = () => setNowSeconds(currentSeconds())
    // Align ticks to whole seconds so every countdown on the page changes together.
    let interval: ReturnType<typeof setInterval> | undefined
    const timeout = setTimeout(() => {
      tick()
      interval = setInterval(tick, intervalMs)
    }, 1000 - (Date.now() % 1000))
    return () => {
      clearTimeout(timeout)
      clearInterval(interval)
    }
  }, [intervalMs])
  return nowSeconds
}

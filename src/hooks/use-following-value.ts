// A text that feeds costly work (decoding a pasted token of megabytes) without making typing wait
// for that work.
import { useEffect, useState } from 'react'

/**
 * Characters above which work on a text waits for the keystroke's paint. Below, decoding costs a
 * millisecond or two; a token of this size built to be costly (thousands of levels of nesting) takes
 * tens of milliseconds, too long to sit between a key and its paint.
 */
export const deferAboveLength = 16 * 1024

/**
 * The value itself while it is small. A large one follows once the page has painted the keystroke
 * that changed it: the work it feeds (decoding megabytes) runs in a task of its own after the paint,
 * and keys typed meanwhile restart the wait, so typing never waits for that work.
 */
export function useFollowingValue(text: string): string {
  const isLarge = text.length > deferAboveLength
  const [following, setFollowing] = useState(text)
  // A small text keeps `following` current, so a large paste shows the token that was on screen until
  // its own decoding, not an older one. The update during render re-runs this component's function
  // at once; its children still render once.
  if (!isLarge && following !== text) setFollowing(text)
  // React keeps the state of the render before last: once a large text has gone (Clear), one more
  // render lets its megabytes go too.
  const [hadLarge, setHadLarge] = useState(false)
  if (isLarge && !hadLarge) setHadLarge(true)
  useEffect(() => {
    if (isLarge || !hadLarge) return
    const frame = requestAnimationFrame(() => setHadLarge(false))
    return () => cancelAnimationFrame(frame)
  }, [isLarge, hadLarge])
  useEffect(() => {
    if (!isLarge || following === text) return
    // The frame after next begins only once the keystroke's frame is on screen. Megabytes then wait a
    // little longer (up to 200 ms for 20 MB), so drawing that frame never competes with their decoding
    // for the processor, and fast typing decodes once at the end.
    const settleMs = Math.min(200, text.length / 100_000)
    let timeout: ReturnType<typeof setTimeout> | undefined
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timeout = setTimeout(() => setFollowing(text), settleMs)
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timeout)
    }
  }, [text, isLarge, following])
  return isLarge ? following : text
}


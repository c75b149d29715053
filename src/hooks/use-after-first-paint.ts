// Panels below the fold load their code once the page has shown the token, not before.
import { startTransition, useEffect, useState } from 'react'

/** False while the page first renders, true from the next task on. */
export function useAfterFirstPaint(): boolean {
  const [isPainted, setIsPainted] = useState(false)
  useEffect(() => {
    // A transition: mounting the later panels yields to input instead of holding the main thread.
    const timeout = setTimeout(() => startTransition(() => setIsPainted(true)))
    return () => clearTimeout(timeout)
  }, [])
  return isPainted
}

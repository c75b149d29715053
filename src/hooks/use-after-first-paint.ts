// Panels below the fold load their code once the page has shown the token, not before.
import { useEffect, useState } from 'react'

/** False while the page first renders, true from the next task on. */
export function useAfterFirstPaint(): boolean {
  const [isPainted, setIsPainted] = useState(false)
  useEffect(() => {
    const timeout = setTimeout(() => setIsPainted(true))
    return () => clearTimeout(timeout)
  }, [])
  return isPainted
}

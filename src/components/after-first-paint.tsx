import { Suspense } from 'react'
import { useAfterFirstPaint } from '../hooks/use-after-first-paint'

/**
 * Children whose code loads lazily, mounted once the page has painted: rendered in the first render,
 * they would hold it back until their code arrived.
 */
export function AfterFirstPaint({ fallback = null, children }: { fallback?: React.ReactNode; children: React.ReactNode }) {
  const isPainted = useAfterFirstPaint()
  return isPainted ? <Suspense fallback={fallback}>{children}</Suspense> : fallback
}

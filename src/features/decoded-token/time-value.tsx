import { describeUnshowableTime, formatLocal, formatRelative, formatUtc } from '../../core/claims/time'
import { useNowSeconds } from '../../hooks/use-now'

/** A NumericDate as local time, UTC and a relative time that keeps itself current. */
export function TimeValue({ seconds }: { seconds: number }) {
  const nowSeconds = useNowSeconds()
  const unshowable = describeUnshowableTime(seconds)
  if (unshowable !== undefined) return <span>{unshowable}</span>
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium">{formatRelative(seconds - nowSeconds)}</span>
      <span>{formatLocal(seconds)}</span>
      <span className="text-slate-500 dark:text-slate-400">{formatUtc(seconds)}</span>
    </span>
  )
}

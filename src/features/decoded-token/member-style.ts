import type { ClaimCategory, ClaimInfo } from '../../core/claims/claim-catalog'
import { describeClaim, describeHeaderParameter } from '../../core/claims/claim-catalog'
import { formatLocal, formatRelative, formatUtc, isRepresentableDate } from '../../core/claims/time'
import type { MemberStyle, TooltipContent } from '../../editor/json-highlighting'

/** One colour per kind of claim, shared by the JSON views, the tables and the legend. */
export const categoryClasses: Record<ClaimCategory, string> = {
  time: 'claim-time',
  identity: 'claim-identity',
  profile: 'claim-identity',
  audience: 'claim-audience',
  session: 'claim-audience',
  token: 'claim-audience',
  authorization: 'claim-authorization',
  key: 'claim-authorization',
}

export const legend: Array<{ className: string; label: string }> = [
  { className: 'claim-time', label: 'time' },
  { className: 'claim-identity', label: 'who' },
  { className: 'claim-audience', label: 'for whom, session' },
  { className: 'claim-authorization', label: 'access, keys' },
  { className: 'claim-other', label: 'other' },
]

export function memberClass(info: ClaimInfo | undefined): string {
  return info ? categoryClasses[info.category] : 'claim-other'
}

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text)

/** A NumericDate as written in the JSON, in local time, UTC and relative to `nowSeconds`. */
function describeTime(info: ClaimInfo, valueText: string, nowSeconds: number): TooltipContent | undefined {
  const seconds = Number(valueText)
  // A string, true or null: not a NumericDate, and the findings say what is wrong with it.
  if (Number.isNaN(seconds)) return undefined
  const heading = info.label
  if (!Number.isFinite(seconds)) return { heading, text: `${shortened(valueText)} is not a finite time: it is too large for any date.` }
  if (!isRepresentableDate(seconds)) return { heading, text: `${shortened(valueText)} seconds since 1970 is beyond any calendar date.` }
  try {
    return {
      heading,
      facts: [
        { label: 'Local', value: formatLocal(seconds) },
        { label: 'UTC', value: formatUtc(seconds) },
        { label: 'Relative', value: formatRelative(seconds - nowSeconds) },
      ],
    }
  } catch (error) {
    // Date and Intl throw RangeError for a moment they cannot show; say so instead of failing.
    if (error instanceof RangeError) return { heading, text: `${shortened(valueText)} cannot be shown as a date.` }
    throw error
  }
}

function styleFrom(info: ClaimInfo | undefined): MemberStyle | undefined {
  if (!info) return undefined
  return {
    className: memberClass(info),
    describe: () => ({ heading: `${info.label} (${info.name})`, text: info.description, source: info.source }),
    // "Now" is read when the tooltip opens, so "in 59 minutes" is true at that moment.
    ...(info.isTime ? { describeValue: (valueText: string) => describeTime(info, valueText, Date.now() / 1000) } : {}),
  }
}

export const styleClaim = (name: string) => styleFrom(describeClaim(name))
export const styleHeaderParameter = (name: string) => styleFrom(describeHeaderParameter(name))

import { claimKind, headerParameterKind, type ClaimCategory, type ClaimKind } from '../../core/claims/claim-kinds'
import type { ClaimInfo } from '../../core/claims/claim-catalog'
import { currentSeconds, formatLocal, formatRelative, formatUtc, isRepresentableDate } from '../../core/claims/time'
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

export function memberClass(kind: Pick<ClaimKind, 'category'> | undefined): string {
  return kind ? categoryClasses[kind.category] : 'claim-other'
}

let catalog: typeof import('../../core/claims/claim-catalog') | undefined

/** Loads the words the tooltips show; the colours need none of them, so the first screen does without. */
export function loadClaimDescriptions(): Promise<void> {
  return import('../../core/claims/claim-catalog').then((module) => {
    catalog = module
  })
}

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text)

/** A NumericDate as written in the JSON, in local time, UTC and relative to `nowSeconds`. */
function describeTime(info: Pick<ClaimInfo, 'label'>, valueText: string, nowSeconds: number): TooltipContent | undefined {
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

function styleFrom(name: string, kind: ClaimKind | undefined, describeFrom: (module: NonNullable<typeof catalog>) => ClaimInfo | undefined): MemberStyle | undefined {
  if (!kind) return undefined
  // Until the descriptions have loaded (a moment after the first paint), a tooltip names the member alone.
  const info = () => (catalog ? describeFrom(catalog) : undefined) ?? { name, label: name, description: '', source: '' }
  return {
    className: memberClass(kind),
    describe: () => {
      const { label, description, source } = info()
      return { heading: label === name ? name : `${label} (${name})`, text: description, source }
    },
    // "Now" is read when the tooltip opens, so "in 59 minutes" is true at that moment.
    ...(kind.isTime ? { describeValue: (valueText: string) => describeTime(info(), valueText, currentSeconds()) } : {}),
  }
}

export const styleClaim = (name: string) => styleFrom(name, claimKind(name), (module) => module.describeClaim(name))
export const styleHeaderParameter = (name: string) => styleFrom(name, headerParameterKind(name), (module) => module.describeHeaderParameter(name))

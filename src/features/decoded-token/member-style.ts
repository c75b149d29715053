import type { ClaimCategory, ClaimInfo } from '../../core/claims/claim-catalog'
import { describeClaim, describeHeaderParameter } from '../../core/claims/claim-catalog'
import { formatUtc } from '../../core/claims/time'
import type { MemberStyle } from '../../editor/json-highlighting'

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

function styleFrom(info: ClaimInfo | undefined): MemberStyle | undefined {
  if (!info) return undefined
  return {
    className: memberClass(info),
    title: info.label,
    ...(info.isTime ? { annotate: (value: string) => (/^-?\d+(\.\d+)?$/.test(value) ? formatUtc(Number(value)) : undefined) } : {}),
  }
}

export const styleClaim = (name: string) => styleFrom(describeClaim(name))
export const styleHeaderParameter = (name: string) => styleFrom(describeHeaderParameter(name))

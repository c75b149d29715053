import { useId, useMemo, useState } from 'react'
import { scanJson } from '../../core/json/scan-json'
import { setMember } from '../../core/json/set-member'
import { timeClaimNames } from '../../core/claims/claim-kinds'
import { buttonClass } from '../../components/copy-button'
import { currentSeconds } from '../../core/claims/time'
import { isJsonObject } from '../../core/json/json-value'

export interface ClaimToolsProps {
  payloadText: string
  onPayloadChange: (text: string) => void
}

const lifetimes: Array<{ label: string; seconds: number }> = [
  { label: '5 min', seconds: 300 },
  { label: '15 min', seconds: 900 },
  { label: '1 h', seconds: 3600 },
  { label: '1 day', seconds: 86400 },
]


/** One-click changes to the payload's common claims, made in the JSON text so the rest stays as written. */
export function ClaimTools({ payloadText, onPayloadChange }: ClaimToolsProps) {
  const id = useId()
  const { claims, timeNames } = useMemo(() => {
    const scan = scanJson(payloadText)
    const object = scan.ok && isJsonObject(scan.value) ? scan.value : null
    const numericNames = object ? Object.keys(object).filter((name) => typeof object[name] === 'number') : []
    return { claims: object, timeNames: [...new Set([...timeClaimNames, ...numericNames])] }
  }, [payloadText])
  const [pickedName, setPickedName] = useState('exp')
  const [pickedTime, setPickedTime] = useState('')

  if (!claims) {
    return (
      <p className="p-3 text-xs text-slate-600 dark:text-slate-400">
        The claim shortcuts work once the payload is a JSON object.
      </p>
    )
  }
  const set = (name: string, value: string | number) => onPayloadChange(setMember(payloadText, name, JSON.stringify(value)))
  const pickedSeconds = pickedTime === '' ? NaN : Math.floor(new Date(pickedTime).getTime() / 1000)

  return (
    <div className="space-y-2 p-3 text-xs" role="group" aria-label="Claim shortcuts">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">Set</span>
        <button type="button" className={buttonClass} onClick={() => set('iat', currentSeconds())}>
          iat = now
        </button>
        <button type="button" className={buttonClass} onClick={() => set('nbf', currentSeconds())}>
          nbf = now
        </button>
        <button type="button" className={buttonClass} onClick={() => set('jti', crypto.randomUUID())}>
          random jti
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">exp = now +</span>
        {lifetimes.map(({ label, seconds }) => (
          <button key={label} type="button" className={buttonClass} onClick={() => set('exp', currentSeconds() + seconds)} aria-label={`Expire ${label} from now`}>
            {label}
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (!Number.isNaN(pickedSeconds)) set(pickedName, pickedSeconds)
        }}
      >
        <label htmlFor={`${id}-claim`} className="font-medium">
          Set
        </label>
        <select
          id={`${id}-claim`}
          value={pickedName}
          onChange={(event) => setPickedName(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800"
        >
          {timeNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-time`}>to (your local time)</label>
        <input
          id={`${id}-time`}
          type="datetime-local"
          step={1}
          value={pickedTime}
          onChange={(event) => setPickedTime(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-600 dark:bg-slate-800"
        />
        <button type="submit" className={buttonClass} disabled={Number.isNaN(pickedSeconds)}>
          Set time
        </button>
        {Number.isNaN(pickedSeconds) ? null : <span className="text-slate-600 dark:text-slate-400">= {pickedSeconds} ({new Date(pickedSeconds * 1000).toISOString().replace('.000Z', 'Z')})</span>}
      </form>
    </div>
  )
}

import { useId, useRef, useState } from 'react'
import { Panel } from '../../components/panel'
import { CopyButton, buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { Attack } from '../../core/attacks/forge-attacks'

export interface AttackLabPanelProps {
  decoded: DecodedToken
  /** The key box's text: a public key there makes the key-confusion tokens. */
  keyText: string
  onOpenToken: (token: string) => void
}

type LabState =
  | { state: 'idle' }
  | { state: 'forging' }
  | { state: 'forged'; attacks: Attack[]; fromToken: string }
  | { state: 'failed'; message: string }

const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950'

/** Forges the classic attacks from the current token, each to copy, or to open here and see it caught. */
export function AttackLabPanel({ decoded, keyText, onOpenToken }: AttackLabPanelProps) {
  const id = useId()
  const [jkuUrl, setJkuUrl] = useState('https://attacker.example/jwks.json')
  const [x5uUrl, setX5uUrl] = useState('https://attacker.example/cert.pem')
  const [lab, setLab] = useState<LabState>({ state: 'idle' })
  const latest = useRef(0)

  const forge = async () => {
    const request = ++latest.current
    setLab({ state: 'forging' })
    const { forgeAttacks } = await import('../../core/attacks/forge-attacks')
    const result = await forgeAttacks(decoded, { keyText, jkuUrl, x5uUrl, now: new Date() })
    if (request !== latest.current) return
    setLab(result.ok ? { state: 'forged', attacks: result.value, fromToken: decoded.input.token } : { state: 'failed', message: result.error })
  }

  return (
    <Panel id="attack-lab" title="Attack lab">
      <div className="space-y-3 px-4 py-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          Forge, from this token, what pentest tools send: to learn how each attack works, and to check that your own services refuse it. Open a
          forged token here and the findings flag it. With the issuer&apos;s public key in the key box, the key-confusion tokens are made too.
        </p>
        <form
          className="grid gap-2 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault()
            void forge()
          }}
        >
          <label htmlFor={`${id}-jku`} className="text-xs font-medium">
            Your URL for the key set ("jku")
            <input id={`${id}-jku`} value={jkuUrl} onChange={(event) => setJkuUrl(event.target.value)} className={`mt-1 ${inputClass}`} spellCheck={false} />
          </label>
          <label htmlFor={`${id}-x5u`} className="text-xs font-medium">
            Your URL for the certificate ("x5u")
            <input id={`${id}-x5u`} value={x5uUrl} onChange={(event) => setX5uUrl(event.target.value)} className={`mt-1 ${inputClass}`} spellCheck={false} />
          </label>
          <div className="sm:col-span-2">
            <button type="submit" data-testid="attack-forge" className={buttonClass} disabled={lab.state === 'forging'}>
              {lab.state === 'forging' ? 'Forging…' : lab.state === 'forged' ? 'Forge again from this token' : 'Forge attack tokens'}
            </button>
          </div>
        </form>
        {lab.state === 'failed' ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {lab.message}
          </p>
        ) : null}
        {lab.state === 'forged' ? (
          <>
            {lab.fromToken !== decoded.input.token ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">These were forged from an earlier token; forge again to start from the one above.</p>
            ) : null}
            <ul className="space-y-4">
              {lab.attacks.map((attack) => (
                <AttackItem key={attack.id} attack={attack} onOpenToken={onOpenToken} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Panel>
  )
}

function AttackItem({ attack, onOpenToken }: { attack: Attack; onOpenToken: (token: string) => void }) {
  return (
    <li data-testid="attack" data-attack={attack.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="font-semibold">{attack.title}</h3>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{attack.explanation}</p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Pasted back here, it is flagged by the <code>{attack.caughtBy}</code> finding.
      </p>
      <ul className="mt-2 space-y-2">
        {attack.tokens.map(({ variant, token }) => (
          <li key={variant} data-testid="forged-token" data-attack={attack.id}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-xs font-medium">{variant}</span>
              <span className="flex gap-2">
                <CopyButton text={token} label={`Copy the token: ${variant}`} />
                <button type="button" className={buttonClass} onClick={() => onOpenToken(token)} aria-label={`Open in the debugger: ${variant}`}>
                  Open
                </button>
              </span>
            </div>
            <code tabIndex={0} className="mt-1 block max-h-16 overflow-auto rounded bg-slate-50 px-2 py-1 font-mono text-xs break-all dark:bg-slate-950">{token}</code>
          </li>
        ))}
      </ul>
      {attack.hosted ? (
        <div className="mt-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="text-xs font-medium">
              Serve this at <code className="break-all">{attack.hosted.url}</code>
            </span>
            <CopyButton text={attack.hosted.text} label={`Copy ${attack.hosted.fileName}`} />
          </div>
          <pre tabIndex={0} className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 px-2 py-1 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-950">{attack.hosted.text}</pre>
        </div>
      ) : null}
    </li>
  )
}

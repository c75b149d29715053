import { useId, useMemo, useState } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import { crackTarget, type CrackTarget } from '../../core/crack/crack-target'
import { bruteForceSpace, maxBruteForceLength } from '../../core/crack/brute-force'
import { loadWordlist, noWorkersMessage, useCracker, type CrackPlan, type CrackStatus } from './use-cracker'
import { describeFinishedRun } from './describe-crack-run'

type Mode = 'wordlist' | 'brute-force' | 'file'

const printableAscii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
const lowercase = 'abcdefghijklmnopqrstuvwxyz'
const digits = '0123456789'
const charsetPresets = [
  { label: 'a–z', charset: lowercase },
  { label: 'a–z 0–9', charset: lowercase + digits },
  { label: 'a–z A–Z 0–9', charset: lowercase + lowercase.toUpperCase() + digits },
  { label: 'printable ASCII', charset: printableAscii },
]
const anHour = 3600

const fieldClass = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-600 dark:bg-slate-950'
const selectClass = 'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800'
const count = (n: number) => Math.round(n).toLocaleString('en-US')
const parseLength = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

export interface CrackPanelProps {
  decoded: DecodedToken
  /** Called with the secret the user chose to use, to put it in the key box. */
  onFound: (secret: string) => void
}

/** Tries to guess the HMAC secret of the token on the page, to show whether one's own secret is weak. */
export function CrackPanel({ decoded, onFound }: CrackPanelProps) {
  const target = useMemo(() => crackTarget(decoded), [decoded])
  return (
    <Panel id="crack" title="Guess the secret">
      {target.ok ? (
        <CrackSearch target={target.value} onFound={onFound} />
      ) : (
        <p data-testid="crack-unavailable" className="px-4 py-3 text-sm text-slate-600 dark:text-slate-400">
          {target.error}
        </p>
      )}
    </Panel>
  )
}

function CrackSearch({ target, onFound }: { target: CrackTarget; onFound: (secret: string) => void }) {
  const id = useId()
  const [mode, setMode] = useState<Mode>('wordlist')
  const [charset, setCharset] = useState(lowercase + digits)
  // As typed, so that a field being cleared and retyped stays as it is.
  const [minLength, setMinLength] = useState('1')
  const [maxLength, setMaxLength] = useState('5')
  const [file, setFile] = useState<File | null>(null)
  const [wordCount, setWordCount] = useState<number | null>(null)
  const { status, measuredRate, start, cancel } = useCracker(target)
  const canRunWorkers = typeof Worker !== 'undefined'
  const isRunning = status.state === 'running'

  const space = useMemo(() => bruteForceSpace(charset, parseLength(minLength), parseLength(maxLength)), [charset, minLength, maxLength])
  const secret = status.state === 'found' ? status.secret : null
  const plan: CrackPlan | null = mode === 'wordlist' ? { kind: 'wordlist' } : mode === 'file' ? (file ? { kind: 'file', file } : null) : space.ok ? { kind: 'brute-force', space: space.value } : null
  const total = mode === 'wordlist' ? wordCount : mode === 'brute-force' && space.ok ? space.value.size : null
  // The list is a chunk of its own: it loads once someone turns to this panel, not with the page.
  const loadWordCount = () => {
    if (wordCount === null) void loadWordlist().then((words) => setWordCount(words.length), () => undefined)
  }

  return (
    <div className="space-y-3 px-4 py-3 text-sm" onPointerEnter={loadWordCount} onFocus={loadWordCount}>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Check whether the secret of your own {target.alg} token can be guessed. The search runs in this tab, on every core of this device; nothing is
        sent anywhere.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={`${id}-mode`} className="flex flex-col gap-1 text-xs font-medium">
          Candidates
          <select id={`${id}-mode`} data-testid="crack-mode" value={mode} disabled={isRunning} onChange={(event) => setMode(event.target.value as Mode)} className={selectClass}>
            <option value="wordlist">Bundled wordlist</option>
            <option value="brute-force">Brute force</option>
            <option value="file">Wordlist file</option>
          </select>
        </label>
        <button
          data-testid="crack-start"
          type="button"
          className={buttonClass}
          disabled={!isRunning && (!plan || !canRunWorkers)}
          onClick={() => {
            if (isRunning) return cancel()
            if (!plan) return
            start(plan)
          }}
        >
          {isRunning ? 'Cancel' : 'Start'}
        </button>
      </div>

      {mode === 'wordlist' ? (
        <p className="text-xs">
          {wordCount === null ? 'The bundled list' : `${count(wordCount)} secrets`}: the ones JWT tutorials, library samples and framework defaults use,
          then common passwords (zxcvbn).
        </p>
      ) : null}
      {mode === 'brute-force' ? (
        <BruteForceFields
          id={id}
          charset={charset}
          onCharsetChange={setCharset}
          minLength={minLength}
          onMinLengthChange={setMinLength}
          maxLength={maxLength}
          onMaxLengthChange={setMaxLength}
          isDisabled={isRunning}
          summary={space.ok ? `${count(space.value.size)} candidates: ${space.value.characters.length} characters, lengths ${minLength} to ${maxLength}.` : null}
          problem={space.ok ? null : space.error}
        />
      ) : null}
      {mode === 'file' ? <FileDrop id={id} file={file} onFile={setFile} isDisabled={isRunning} /> : null}

      {total !== null && measuredRate && total / measuredRate > anHour ? (
        <p data-testid="crack-slow-warning" role="note" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          At the {count(measuredRate)} candidates a second measured here, this search takes {describeDuration(total / measuredRate)}. Narrow the
          character set or the lengths: a long random secret is out of reach, which is the point.
        </p>
      ) : null}

      <CrackStatusView status={status} problem={canRunWorkers ? status.problem : noWorkersMessage} total={total}>
        {secret !== null ? (
          <>
            <p>
              The secret is <code data-testid="crack-result" className="rounded bg-white px-1 font-mono text-sm break-all dark:bg-slate-900">{secret}</code>
            </p>
            <p>Anyone who guesses it can sign tokens that pass as yours. Replace it with at least {target.signature.length} random bytes.</p>
            <button type="button" className={buttonClass} onClick={() => onFound(secret)}>
              Use this secret
            </button>
          </>
        ) : null}
      </CrackStatusView>
    </div>
  )
}

interface BruteForceFieldsProps {
  id: string
  charset: string
  onCharsetChange: (charset: string) => void
  minLength: string
  onMinLengthChange: (length: string) => void
  maxLength: string
  onMaxLengthChange: (length: string) => void
  isDisabled: boolean
  summary: string | null
  problem: string | null
}

function BruteForceFields({ id, charset, onCharsetChange, minLength, onMinLengthChange, maxLength, onMaxLengthChange, isDisabled, summary, problem }: BruteForceFieldsProps) {
  const lengthField = (label: string, testId: string, value: string, onChange: (length: string) => void) => (
    <label htmlFor={`${id}-${testId}`} className="flex flex-col gap-1 text-xs font-medium">
      {label}
      <input
        id={`${id}-${testId}`}
        data-testid={testId}
        type="number"
        min={0}
        max={maxBruteForceLength}
        value={value}
        disabled={isDisabled}
        onChange={(event) => onChange(event.target.value)}
        className={`${fieldClass} w-20`}
      />
    </label>
  )
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-charset`} className="flex flex-col gap-1 text-xs font-medium">
        Characters
        <input
          id={`${id}-charset`}
          data-testid="crack-charset"
          value={charset}
          disabled={isDisabled}
          spellCheck={false}
          onChange={(event) => onCharsetChange(event.target.value)}
          className={`${fieldClass} font-mono`}
        />
      </label>
      <div className="flex flex-wrap gap-2">
        {charsetPresets.map((preset) => (
          <button key={preset.label} type="button" className={buttonClass} disabled={isDisabled} onClick={() => onCharsetChange(preset.charset)}>
            {preset.label}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        {lengthField('Shortest', 'crack-min-length', minLength, onMinLengthChange)}
        {lengthField('Longest', 'crack-max-length', maxLength, onMaxLengthChange)}
      </div>
      {summary ? (
        <p data-testid="crack-space" className="text-xs">
          {summary}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-xs text-red-800 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  )
}

function FileDrop({ id, file, onFile, isDisabled }: { id: string; file: File | null; onFile: (file: File) => void; isDisabled: boolean }) {
  const [isOver, setIsOver] = useState(false)
  return (
    <div
      data-testid="crack-drop-zone"
      onDragOver={(event) => {
        event.preventDefault()
        setIsOver(true)
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setIsOver(false)
        const dropped = event.dataTransfer.files[0]
        if (dropped && !isDisabled) onFile(dropped)
      }}
      className={`rounded-lg border-2 border-dashed p-4 text-center text-xs ${isOver ? 'border-sky-500 bg-sky-50 dark:bg-sky-950' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <p>Drop a wordlist here: one secret per line, any size; it is read in pieces, never uploaded.</p>
      <label htmlFor={`${id}-file`} className="mt-2 inline-block font-medium text-sky-700 underline dark:text-sky-400">
        or choose a file
      </label>
      <input
        id={`${id}-file`}
        data-testid="crack-file"
        type="file"
        disabled={isDisabled}
        onChange={(event) => {
          const chosen = event.target.files?.[0]
          if (chosen) onFile(chosen)
        }}
        className="sr-only"
      />
      {file ? (
        <p data-testid="crack-file-name" className="mt-2 font-mono">
          {file.name}: {count(file.size)} bytes
        </p>
      ) : null}
    </div>
  )
}

const stateTitles: Record<CrackStatus['state'], string> = {
  idle: 'Not started',
  running: 'Searching…',
  found: 'Secret found',
  exhausted: 'Not found',
  cancelled: 'Cancelled',
}

interface CrackStatusViewProps {
  status: CrackStatus
  problem: string | null
  /** The size of the search set up, shown before it starts. */
  total: number | null
  /** The secret, once found. */
  children: React.ReactNode
}

function CrackStatusView({ status, problem, total, children }: CrackStatusViewProps) {
  const engine = status.engine ? ` · ${status.engine === 'wasm-simd' ? 'WebAssembly SIMD' : 'JavaScript'} in ${status.workers} worker${status.workers === 1 ? '' : 's'}` : ''
  const shownTotal = status.state === 'idle' ? total : status.total
  const tone =
    status.state === 'found'
      ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
      : status.state === 'exhausted'
        ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100'
        : 'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200'
  return (
    <div
      data-testid="crack-status"
      data-state={status.state}
      data-tried={status.tried}
      data-rate={Math.round(status.ratePerSecond)}
      aria-live="polite"
      className={`space-y-2 rounded-lg border p-3 text-xs ${tone}`}
    >
      <p className="text-sm font-semibold">{stateTitles[status.state]}</p>
      {problem ? <p role="alert">{problem}</p> : null}
      {status.state !== 'idle' ? (
        <>
          <div
            role="progressbar"
            aria-label="Search progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(status.fraction * 100)}
            className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <div className="h-full bg-sky-600 transition-[width] dark:bg-sky-400" style={{ width: `${status.fraction * 100}%` }} />
          </div>
          {status.state !== 'running' && status.elapsedMs !== null ? (
            <p data-testid="crack-summary">
              {describeFinishedRun({ state: status.state, tried: status.tried, elapsedMs: status.elapsedMs, ratePerSecond: status.ratePerSecond })}
              {engine}
            </p>
          ) : (
            <p>
              {count(status.tried)}
              {shownTotal !== null ? ` of ${count(shownTotal)}` : ''} tried
              {status.ratePerSecond > 0 ? ` · ${count(status.ratePerSecond)} a second` : ''}
              {status.secondsLeft !== null ? ` · ${describeDuration(status.secondsLeft)} left` : ''}
              {engine}
            </p>
          )}
        </>
      ) : shownTotal !== null ? (
        <p>{count(shownTotal)} candidates to try.</p>
      ) : null}
      {status.state === 'exhausted' ? <p>None of them is the secret: it is not in this search space.</p> : null}
      {children}
    </div>
  )
}

const durationUnits: Array<[string, number]> = [
  ['year', 365 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
]

/** "about 25 seconds", "about 3 days": the largest unit that fits. */
function describeDuration(seconds: number): string {
  const [unit, size] = durationUnits.find(([, unitSeconds]) => seconds >= unitSeconds) ?? ['second', 1]
  const amount = Math.max(1, Math.round(seconds / size))
  return `about ${count(amount)} ${unit}${amount === 1 ? '' : 's'}`
}

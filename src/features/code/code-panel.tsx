// The code tool: a whole program, in the reader's language, that verifies the token on the page the
// way the page does, with the key material in use. The generators load with this panel.
import { useId, useMemo, useState } from 'react'
import { Panel } from '../../components/panel'
import { CopyButton, buttonClass } from '../../components/copy-button'
import { DownloadButton } from '../../components/download-button'
import { codeLanguages, type CodeForm, type CodeLanguage, type GeneratedProgram } from '../../core/code/program-request'
import { programRequestFor, type ProgramInputs, type ProgramPlan } from '../../core/code/program-request-for'
import { describeProgramChecks, describeProgramKey } from '../../core/code/describe-program'
import { codeFormLabels, formsOf, generateProgram } from '../../core/code/generate-program'

const codeLanguageLabels: Record<CodeLanguage, string> = {
  'node-jose': 'Node · jose',
  'node-jsonwebtoken': 'Node · jsonwebtoken',
  'python-pyjwt': 'Python · PyJWT',
  'go-jwt': 'Go · golang-jwt v4',
}

const selectClass = 'min-w-0 rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-800'
const mutedClass = 'text-xs text-slate-600 dark:text-slate-400'

export interface CodePanelProps extends ProgramInputs {
  /** The token on the page is an SD-JWT, whose issuer-signed JWT is what the program verifies. */
  isSdJwt: boolean
}

export function CodePanel({ isSdJwt, ...inputs }: CodePanelProps) {
  const { decoded, material, encoding, fetchedJwksUrl } = inputs
  const plan = useMemo(() => programRequestFor({ decoded, material, encoding, fetchedJwksUrl }), [decoded, material, encoding, fetchedJwksUrl])
  return (
    <Panel id="code" title="Verify it in your code">
      <div className="min-w-0 space-y-3 px-4 py-3 text-sm">
        {plan.ok ? (
          <ProgramChooser plan={plan.value} isSdJwt={isSdJwt} />
        ) : (
          <p role="status" data-testid="code-unavailable" className="text-amber-900 dark:text-amber-200">
            {plan.error.message}
          </p>
        )}
      </div>
    </Panel>
  )
}

function ProgramChooser({ plan, isSdJwt }: { plan: ProgramPlan; isSdJwt: boolean }) {
  const id = useId()
  const { subject, isKeyBoxEmpty } = plan
  // Whether each library can verify this token, asked of its plain program.
  const offers = useMemo(
    () => codeLanguages.map((language) => ({ language, program: generateProgram({ ...subject, language, form: 'program' }) })),
    [subject],
  )
  const firstServed = offers.find((offer) => offer.program.ok)?.language ?? codeLanguages[0]
  const [chosenLanguage, setChosenLanguage] = useState<CodeLanguage | null>(null)
  const [chosenForm, setChosenForm] = useState<CodeForm>('program')
  const language = chosenLanguage ?? firstServed
  const forms = formsOf(language)
  const form = forms.includes(chosenForm) ? chosenForm : 'program'
  const program = useMemo(() => generateProgram({ ...subject, language, form }), [subject, language, form])
  const refusals = offers.flatMap(({ language: refusedLanguage, program: offered }) =>
    offered.ok ? [] : [{ language: refusedLanguage, reason: offered.reason, suggestion: offered.suggestion }],
  )
  const isRefused = refusals.some((refusal) => refusal.language === language)
  const key = describeProgramKey(subject, isKeyBoxEmpty)

  const chooseLanguage = (next: CodeLanguage) => {
    setChosenLanguage(next)
    setChosenForm('program')
  }

  // No library can verify it as asked (a JWK Set for an HMAC token): one reason, not four.
  if (refusals.length === offers.length) {
    const reasons = new Set(refusals.map((refusal) => refusal.reason))
    return (
      <div role="status" data-testid="code-unavailable" className="space-y-1 text-amber-900 dark:text-amber-200">
        {[...reasons].map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
      </div>
    )
  }

  return (
    <>
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={`${id}-lang`} className="flex min-w-0 flex-col gap-1 text-xs font-medium">
          Language
          <select id={`${id}-lang`} data-testid="code-lang" value={language} onChange={(event) => chooseLanguage(event.target.value as CodeLanguage)} className={selectClass}>
            {offers.map(({ language: value, program: offered }) => (
              <option key={value} value={value} disabled={!offered.ok}>
                {codeLanguageLabels[value]}
                {/* The whole reason is in the list below the select; the option says what it is about. */}
                {offered.ok ? '' : ` — unavailable for ${subject.alg}`}
              </option>
            ))}
          </select>
        </label>
        {forms.length > 1 ? (
          <label htmlFor={`${id}-form`} className="flex min-w-0 flex-col gap-1 text-xs font-medium">
            Form
            <select id={`${id}-form`} data-testid="code-form" value={form} onChange={(event) => setChosenForm(event.target.value as CodeForm)} className={selectClass}>
              {forms.map((value) => (
                <option key={value} value={value}>
                  {codeFormLabels[value]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {refusals.length > 0 ? (
        <ul className="space-y-1 text-xs">
          {refusals.map(({ language: value, reason, suggestion }) => (
            <li key={value} data-testid="code-lang-refused" data-lang={value} className="text-slate-700 dark:text-slate-300">
              {/* The reason names the library already ("jsonwebtoken cannot verify EdDSA tokens"). */}
              {reason}{' '}
              {suggestion && suggestion !== language ? (
                <button type="button" className={`${buttonClass} ml-1`} onClick={() => chooseLanguage(suggestion)}>
                  Use {codeLanguageLabels[suggestion]}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={`space-y-0.5 ${mutedClass}`}>
        <p data-testid="code-key-source" className="text-slate-800 dark:text-slate-200">
          {key.source}
        </p>
        <p>{key.note}</p>
        <p data-testid="code-checks">{describeProgramChecks(subject)}</p>
        {isSdJwt ? <p>Set JWT to the issuer-signed JWT: the SD-JWT up to its first ~.</p> : null}
      </div>
      {/* A language refused for this token says why in the list above; a form can be refused on its own. */}
      {program.ok ? <ProgramView program={program} /> : isRefused ? null : <p role="status">{program.reason}</p>}
    </>
  )
}

function ProgramView({ program }: { program: Extract<GeneratedProgram, { ok: true }> }) {
  return (
    <div className="min-w-0 overflow-hidden rounded-md border border-slate-200 dark:border-slate-800">
      <div className="space-y-1.5 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 data-testid="code-file-name" className="font-mono text-xs font-semibold text-slate-800 dark:text-slate-200">
            {program.fileName}
          </h3>
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton text={program.source} label="Copy the program" />
            <DownloadButton text={program.source} fileName={program.fileName} label={`Download the program as ${program.fileName}`} />
          </div>
        </div>
        <Command name="Install" testId="code-install" command={program.installCommand} />
        <Command name="Run" testId="code-run" command={program.runCommand} />
      </div>
      <pre
        data-testid="code-snippet"
        // Focusable, so a keyboard can scroll a long line.
        tabIndex={0}
        className="max-h-[28rem] overflow-auto bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre dark:bg-slate-950"
      >
        {program.source}
      </pre>
    </div>
  )
}

function Command({ name, testId, command }: { name: string; testId: string; command: string }) {
  return (
    <div className="flex min-w-0 items-start gap-2 text-xs">
      <span className="w-12 shrink-0 pt-0.5 text-slate-600 dark:text-slate-400">{name}</span>
      <code data-testid={testId} className="min-w-0 flex-1 pt-0.5 font-mono [overflow-wrap:anywhere]">
        {command}
      </code>
      <CopyButton text={command} label={`Copy the ${name.toLowerCase()} command`} />
    </div>
  )
}

import { useState } from 'react'
import { decodeBase64url } from '../../core/encoding/base64url'
import { decodeUtf8 } from '../../core/encoding/utf8'
import { hexBytes } from '../../core/text/words'

const partNames = ['header', 'payload', 'signature'] as const
type PartName = (typeof partNames)[number]

const partDescriptions: Record<PartName, string> = {
  header: 'JSON that says how the token is signed',
  payload: 'JSON with the claims',
  signature: 'bytes computed over "header.payload" with the key',
}

interface Pointed {
  part: PartName
  /** Which group of four characters (three bytes), when the pointer is on one. */
  group?: number
}

/**
 * A live token whose parts and base64url groups decode under the pointer (or keyboard focus).
 * Sized in em (14px in body text), so on a slide the token and its bytes are at projector scale.
 */
export function TokenAnatomy({ token }: { token: string }) {
  const parts = token.split('.')
  const [pointed, setPointed] = useState<Pointed>({ part: 'header' })

  return (
    <div data-testid="token-anatomy" className="rounded-lg border border-slate-200 text-[0.875em] dark:border-slate-700">
      <p className="border-b border-slate-200 px-[0.85em] py-[0.55em] font-mono leading-relaxed break-all dark:border-slate-700">
        {parts.slice(0, 3).map((part, partIndex) => {
          const name = partNames[partIndex]!
          return (
            <span key={name}>
              {partIndex > 0 ? <span className="token-part-dot">.</span> : null}
              <span
                tabIndex={0}
                aria-label={`${name}: ${partDescriptions[name]}`}
                onFocus={() => setPointed({ part: name })}
                onMouseLeave={() => setPointed({ part: name })}
                className={`token-part-${name} rounded-sm focus-visible:outline-2 focus-visible:outline-sky-600 ${pointed.part === name ? 'underline decoration-2 underline-offset-4' : ''}`}
              >
                {groupsOf(part).map((group, groupIndex) => (
                  <span
                    key={groupIndex}
                    onMouseEnter={() => setPointed({ part: name, group: groupIndex })}
                    className={pointed.part === name && pointed.group === groupIndex ? 'rounded-sm bg-sky-200 text-slate-950 dark:bg-sky-800 dark:text-white' : ''}
                  >
                    {group}
                  </span>
                ))}
              </span>
            </span>
          )
        })}
      </p>
      {/* Every part's detail is laid out in the same cell and only the pointed one is visible, so the
          box is as tall as the longest and nothing below moves (or, on a slide, shrinks) under the pointer. */}
      <div aria-live="polite" className="grid grid-cols-1 px-[0.85em] py-[0.55em]">
        {partNames.map((name, partIndex) => (
          <PartDetail key={name} name={name} text={parts[partIndex] ?? ''} group={pointed.part === name ? pointed.group : undefined} isShown={pointed.part === name} />
        ))}
      </div>
    </div>
  )
}

function PartDetail({ name, text, group, isShown }: { name: PartName; text: string; group: number | undefined; isShown: boolean }) {
  const decoded = decodeBase64url(text)
  const bytes = decoded.ok ? decoded.value.bytes : new Uint8Array(0)
  return (
    <div aria-hidden={!isShown || undefined} className={`space-y-[0.3em] [grid-area:1/1] ${isShown ? '' : 'invisible'}`}>
      <p>
        <strong className={`token-part-${name}`}>{name[0]!.toUpperCase() + name.slice(1)}</strong>: {partDescriptions[name]}. {text.length} base64url
        characters, {bytes.length} bytes.
      </p>
      <div className="grid grid-cols-1">
        <p className={`text-slate-600 [grid-area:1/1] dark:text-slate-400 ${group === undefined ? '' : 'invisible'}`}>
          Point at the token to see each group of four characters decode into three bytes.
        </p>
        {group !== undefined ? <GroupDetail text={text} group={group} /> : null}
      </div>
      <pre
        data-testid={isShown ? 'anatomy-decoded' : undefined}
        tabIndex={isShown ? 0 : -1}
        // Hex bytes wrap between bytes; JSON, which has few spaces, fills each line.
        className={`max-h-[13em] overflow-auto rounded bg-slate-50 px-[0.6em] py-[0.3em] font-mono text-[0.9em] whitespace-pre-wrap dark:bg-slate-950 ${name === 'signature' ? 'wrap-anywhere' : 'break-all'}`}
      >
        {name === 'signature' ? hexBytes(bytes) : decodeUtf8(bytes).text}
      </pre>
    </div>
  )
}

function GroupDetail({ text, group }: { text: string; group: number }) {
  const characters = text.slice(group * 4, group * 4 + 4)
  const decoded = decodeBase64url(characters)
  const bytes = decoded.ok ? decoded.value.bytes : new Uint8Array(0)
  const printable = Array.from(bytes, (byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '·')).join('')
  return (
    <p data-testid="anatomy-group" className="[grid-area:1/1]">
      Characters {group * 4 + 1}–{group * 4 + characters.length} <code className="font-mono">{characters}</code> hold bytes {group * 3 + 1}–{group * 3 + bytes.length}:{' '}
      <code className="font-mono">{hexBytes(bytes)}</code>, as text <code className="font-mono">{printable}</code>
    </p>
  )
}

function groupsOf(part: string): string[] {
  const groups: string[] = []
  for (let i = 0; i < part.length; i += 4) groups.push(part.slice(i, i + 4))
  return groups
}

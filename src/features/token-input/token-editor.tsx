import { useMemo } from 'react'
import { CodeEditor } from '../../editor/code-editor'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import { sdJwtHighlightRanges, tokenHighlightRanges } from './token-highlight-ranges'

export interface TokenEditorProps {
  value: string
  onChange: (value: string) => void
  decoded: DecodedToken | null
  /** The text `decoded` was decoded from; it can trail `value` while typing. */
  decodedText: string
  /** For an SD-JWT, its parts; `decoded` is then its issuer-signed JWT. */
  sdJwt: SdJwtParts | null
}

export function TokenEditor({ value, onChange, decoded, decodedText, sdJwt }: TokenEditorProps) {
  const ranges = useMemo(() => (sdJwt ? sdJwtHighlightRanges(sdJwt, decoded) : tokenHighlightRanges(decoded)), [decoded, sdJwt])
  return (
    <CodeEditor
      value={value}
      onChange={onChange}
      label="Encoded token"
      testId="token-input"
      placeholder="Paste a JWT, a JWE, a JWS in JSON form, or a whole Authorization header…"
      ranges={ranges}
      rangesText={decodedText}
      className="font-mono focus-within:outline-2 focus-within:-outline-offset-2 focus-within:outline-sky-600 [--editor-max-height:50vh] lg:[--editor-max-height:12rem]"
    />
  )
}

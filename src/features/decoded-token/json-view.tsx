import { memo } from 'react'
import { CodeEditor } from '../../editor/code-editor'
import type { StyleMember } from '../../editor/json-highlighting'

export interface JsonViewProps {
  text: string
  label: string
  testId?: string
  styleMember: StyleMember
}

/** Read-only, highlighted JSON; memoised so the page's clock ticks do not touch the editor. */
export const JsonView = memo(function JsonView({ text, label, testId, styleMember }: JsonViewProps) {
  return (
    <CodeEditor
      value={text}
      label={label}
      readOnly
      styleMember={styleMember}
      className="max-h-[32rem] overflow-auto font-mono [&_.cm-editor]:max-h-[32rem]"
      {...(testId ? { testId } : {})}
    />
  )
})

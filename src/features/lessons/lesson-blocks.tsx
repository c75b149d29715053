import { Link } from '@tanstack/react-router'
import { CopyButton } from '../../components/copy-button'
import type { LessonBlock, LessonTry } from './lesson'
import { RichText } from './rich-text'
import { TokenAnatomy } from './token-anatomy'

export interface LessonBlocksProps {
  blocks: LessonBlock[]
  tries: LessonTry[]
  slug: string
  /** On a slide: tokens as links alone and code without copy buttons, since nobody copies a key off a projector. */
  isCompact?: boolean
}

/** A section's paragraphs, lists, code and tokens to open. */
export function LessonBlocks({ blocks, tries, slug, isCompact = false }: LessonBlocksProps) {
  const tryById = (id: string) => tries.find((candidate) => candidate.id === id)
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'text':
            return (
              <p key={index}>
                <RichText text={block.text} />
              </p>
            )
          case 'list':
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <RichText text={item} />
                  </li>
                ))}
              </ul>
            )
          case 'code':
            return <CodeBlock key={index} label={block.label} text={block.text} hasCopyButton={!isCompact} />
          case 'try': {
            const lessonTry = tryById(block.tryId)
            if (!lessonTry) return null
            return isCompact ? <TryLink key={index} lessonTry={lessonTry} slug={slug} /> : <TryToken key={index} lessonTry={lessonTry} slug={slug} />
          }
          case 'anatomy': {
            const lessonTry = tryById(block.tryId)
            return lessonTry ? <TokenAnatomy key={index} token={lessonTry.token} /> : null
          }
        }
      })}
    </>
  )
}

export interface CodeBlockProps {
  label: string
  text: string
  /** Off on a slide: a small copy button is no use on a projector. */
  hasCopyButton?: boolean
}

export function CodeBlock({ label, text, hasCopyButton = true }: CodeBlockProps) {
  return (
    <figure className="rounded-lg border border-slate-200 dark:border-slate-700">
      <figcaption className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-1.5 text-xs font-medium dark:border-slate-700">
        {label}
        {hasCopyButton ? <CopyButton text={text} label={`Copy: ${label}`} /> : null}
      </figcaption>
      <pre tabIndex={0} className="max-h-48 overflow-auto px-3 py-2 font-mono text-xs break-all whitespace-pre-wrap">
        {text}
      </pre>
    </figure>
  )
}

type TryProps = { lessonTry: Pick<LessonTry, 'label' | 'token' | 'key'>; slug: string }

/** The link that opens a lesson token in the debugger. */
function TryLink({ lessonTry, slug }: TryProps) {
  return (
    <Link
      to="/"
      search={{ token: lessonTry.token, lesson: slug }}
      data-testid="lesson-try"
      className="inline-flex items-center gap-1 self-start rounded-md bg-sky-700 px-[0.75em] py-[0.35em] font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
    >
      {lessonTry.label} →
    </Link>
  )
}

/** A lesson token: a link that opens it in the debugger, and the key to check it with. */
export function TryToken({ lessonTry, slug }: TryProps) {
  return (
    <div className="space-y-2 rounded-lg border border-sky-200 bg-sky-50/60 p-3 text-sm dark:border-sky-900 dark:bg-sky-950/40">
      <TryLink lessonTry={lessonTry} slug={slug} />
      <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">{lessonTry.token.length > 90 ? `${lessonTry.token.slice(0, 90)}…` : lessonTry.token}</p>
      {lessonTry.key ? <CodeBlock label={`${lessonTry.key.label}${lessonTry.key.encoding === 'utf8' ? '' : ` (${lessonTry.key.encoding})`}`} text={lessonTry.key.text} /> : null}
    </div>
  )
}

import type { RichText as RichTextValue } from './lesson'

/** Lesson text, with `backticks` shown as code. */
export function RichText({ text }: { text: RichTextValue }) {
  const pieces = text.split('`')
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800">
            {piece}
          </code>
        ) : (
          piece
        ),
      )}
    </>
  )
}

// Highlights pretty-printed JSON (one string per line, as JSON.stringify writes it) in the visible
// lines only, so a megabyte of JSON costs no more than a screenful. Top-level member names get
// classes from the caller, which is how claims are colour-coded by kind.
import { RangeSetBuilder, type Extension } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view'

export interface MemberStyle {
  className: string
  title?: string
  /** Text shown after a top-level member's value (not part of the document), e.g. a date. */
  annotate?: (value: string) => string | undefined
}

export type StyleMember = (name: string) => MemberStyle | undefined

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],])/g
const TOP_LEVEL_MEMBER = /^ {2}"/

const stringMark = Decoration.mark({ class: 'cm-json-string' })
const numberMark = Decoration.mark({ class: 'cm-json-number' })
const literalMark = Decoration.mark({ class: 'cm-json-literal' })
const punctuationMark = Decoration.mark({ class: 'cm-json-punctuation' })
const keyMark = Decoration.mark({ class: 'cm-json-key' })

function decorate(view: EditorView, styleMember: StyleMember): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>()
  const { doc } = view.state
  for (const { from, to } of view.visibleRanges) {
    for (let position = from; position <= to; ) {
      const line = doc.lineAt(position)
      decorateLine(line.text, line.from, builder, styleMember)
      position = line.to + 1
    }
  }
  return builder.finish()
}

function decorateLine(text: string, offset: number, builder: RangeSetBuilder<Decoration>, styleMember: StyleMember) {
  const isTopLevelMember = TOP_LEVEL_MEMBER.test(text)
  let memberStyle: MemberStyle | undefined
  let isFirstToken = true
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = offset + match.index
    const [whole, string, colon, number, literal] = match
    if (string !== undefined && colon !== undefined) {
      if (isTopLevelMember && isFirstToken) {
        memberStyle = styleMember(JSON.parse(string) as string)
        builder.add(start, start + string.length, memberStyle ? memberMark(memberStyle) : keyMark)
      } else {
        builder.add(start, start + string.length, keyMark)
      }
    } else {
      const mark = string !== undefined ? stringMark : number !== undefined ? numberMark : literal !== undefined ? literalMark : punctuationMark
      const annotation = isTopLevelMember && memberStyle?.annotate ? memberStyle.annotate(whole) : undefined
      builder.add(start, start + whole.length, annotation ? Decoration.mark({ class: `${mark.spec.class as string} cm-json-annotated`, attributes: { 'data-annotation': annotation } }) : mark)
    }
    isFirstToken = false
  }
}

function memberMark(style: MemberStyle): Decoration {
  return Decoration.mark({ class: `cm-json-key ${style.className}`, ...(style.title ? { attributes: { title: style.title } } : {}) })
}

export function jsonHighlighting(styleMember: StyleMember): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet
      constructor(view: EditorView) {
        this.decorations = decorate(view, styleMember)
      }
      update(update: ViewUpdate) {
        if (update.docChanged || update.viewportChanged) this.decorations = decorate(update.view, styleMember)
      }
    },
    { decorations: (plugin) => plugin.decorations },
  )
}

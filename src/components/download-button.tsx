import { buttonClass } from './copy-button'

export interface DownloadButtonProps {
  text: string
  fileName: string
  /** The accessible name: "Download the program as verify.mjs". */
  label: string
  className?: string
}

/** Saves a text as a file. Without object URLs (old browsers, happy-dom) it renders nothing; the text can still be copied. */
export function DownloadButton({ text, fileName, label, className = '' }: DownloadButtonProps) {
  if (typeof URL.createObjectURL !== 'function') return null
  return (
    <button type="button" className={`${buttonClass} ${className}`} aria-label={label} onClick={() => download(text, fileName)}>
      Download
    </button>
  )
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text.endsWith('\n') ? text : `${text}\n`], { type: 'text/plain' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

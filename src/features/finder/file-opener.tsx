import { buttonClass } from '../../components/copy-button'

/** "Open a file…": a file input dressed as a button, for a HAR file, a log or any text to search for tokens. */
export function FileOpener({ onFile }: { onFile: (file: File) => void }) {
  return (
    <label
      className={`${buttonClass} cursor-pointer has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-sky-600`}
      title="Search a HAR file, a log or any text file for tokens; it is read here and never uploaded"
    >
      Open a file…
      <input
        type="file"
        data-testid="find-file"
        className="sr-only"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // Choosing the same file again searches it again.
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
    </label>
  )
}

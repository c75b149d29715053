// Catches a bug in one panel so the rest of the page, and everything typed into it, stays.
import { Component, type ErrorInfo } from 'react'

export interface PanelBoundaryProps {
  /** What the panel is called on screen, for the message: "the payload". */
  name: string
  children: React.ReactNode
}

interface PanelBoundaryState {
  error: Error | null
}

export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The console keeps the stack for a bug report; the page shows a sentence.
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <section role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <p className="font-semibold">The {this.props.name} panel hit a bug and stopped.</p>
        <p className="mt-1 break-words">
          {error.message || error.name}. The rest of the page works, and what you typed is kept.
        </p>
        <button
          type="button"
          onClick={() => this.setState({ error: null })}
          className="mt-2 rounded-md border border-red-400 bg-white px-2.5 py-1 text-xs font-semibold hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 dark:bg-red-900 dark:hover:bg-red-800"
        >
          Try again
        </button>
      </section>
    )
  }
}

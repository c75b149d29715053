// The tool bar under the token, and the one tool it has open. On wide screens the bar stays at the
// bottom of the window while the page scrolls, so every tool is one click away: it is sticky within
// the page's main element, so the two are rendered side by side, not wrapped together.
import { Suspense } from 'react'
import { ToolBar } from '../../components/tool-bar'
import { PanelBoundary } from '../../components/panel-boundary'
import { findTool, tools, type ToolId } from '../../core/workspace/tools'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'
import { toolPanels } from './tool-panels'

export interface ToolAreaProps {
  session: DebuggerSession
  openTool: ToolId | null
  onOpenToolChange: (tool: ToolId | null) => void
}

const panelId = 'tool-panel'

export function ToolArea({ session, openTool, onOpenToolChange }: ToolAreaProps) {
  const items = tools.map((tool) => {
    const availability = tool.availability(session.view)
    return { id: tool.id, label: tool.label, isAvailable: availability.isAvailable, description: availability.isAvailable ? tool.purpose : availability.reason }
  })
  const tool = findTool(openTool)
  const availability = tool?.availability(session.view)

  const toggle = (id: string) => {
    const next = id === openTool ? null : (id as ToolId)
    onOpenToolChange(next)
    // The panel opens under the bar: show its top.
    if (next) requestAnimationFrame(() => document.getElementById(panelId)?.scrollIntoView({ block: 'start', behavior: 'smooth' }))
  }

  return (
    <>
      <div className="z-10 -mx-3 scroll-mt-2 border-y border-slate-200 bg-white/95 px-3 py-1.5 backdrop-blur sm:-mx-4 sm:px-4 lg:sticky lg:bottom-0 dark:border-slate-800 dark:bg-slate-950/95">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h2 id="tools-heading" className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Tools
          </h2>
          <ToolBar label="Tools" items={items} openId={openTool} panelId={panelId} onToggle={toggle} />
        </div>
      </div>
      {tool && availability ? (
        <section id={panelId} aria-label={tool.label} className="scroll-mt-2 space-y-2 py-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
            <p className="text-slate-700 dark:text-slate-300">{availability.isAvailable ? tool.purpose : null}</p>
            <button
              type="button"
              onClick={() => onOpenToolChange(null)}
              className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              Close {tool.label.toLowerCase()} ✕
            </button>
          </div>
          {availability.isAvailable ? (
            <PanelBoundary name={tool.label.toLowerCase()}>
              <Suspense fallback={<p className="rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800">Loading {tool.label.toLowerCase()}…</p>}>
                {toolPanels[tool.id](session)}
              </Suspense>
            </PanelBoundary>
          ) : (
            <p
              data-testid="tool-unavailable"
              className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300"
            >
              {tool.label} does not apply here. {availability.reason}
            </p>
          )}
        </section>
      ) : null}
    </>
  )
}

// The names of the debugger's tools, as the contract's `tool-open` hooks and the URL spell them.
// Apart from the tools themselves, so reading the URL costs no more than this list.

export const toolIds = ['crack', 'attacks', 'claims-check', 'sd-jwt-build', 'keygen', 'history', 'compare'] as const
export type ToolId = (typeof toolIds)[number]

export function isToolId(value: unknown): value is ToolId {
  return toolIds.includes(value as ToolId)
}

/** Which assistants enable a tool (their `tools` list holds its id). */
import type { Assistant } from '@/contract/assistant'
import { describeTool, type Tool, type ToolDescription } from '@/contract/tool'

export function assistantsUsingTool(assistants: readonly Assistant[], toolId: number): Assistant[] {
  return assistants.filter((a) => a.tools.includes(toolId))
}

export interface CatalogueEntry {
  tool: Tool
  info: ToolDescription
}

/** Catalogue entries sorted by name, filtered by a query on name and description. */
export function searchTools(tools: readonly Tool[], query: string): CatalogueEntry[] {
  const q = query.trim().toLowerCase()
  return tools
    .map((tool) => ({ tool, info: describeTool(tool) }))
    .filter(({ info }) => q === '' || info.name.toLowerCase().includes(q) || info.description.toLowerCase().includes(q))
    .sort((a, b) => a.info.name.localeCompare(b.info.name))
}

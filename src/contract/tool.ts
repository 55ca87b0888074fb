/**
 * AssistantTool: read-only catalogue entries. The spec leaves `data` a free
 * object; ours (and the mock's) holds `name`, `description`, `parameters` (a
 * JSON Schema object) and optionally `example_usage`. Readers must cope with
 * any object, so `describeTool` falls back gracefully.
 */
import { z } from 'zod'
import { isPlainObject, jsonObjectSchema } from './common'
import { listOf } from './read-list'

/** The spec makes every field optional; the console needs `id`. Missing `data` reads as `{}`. */
export const toolSchema = z.looseObject({
  id: z.number().int(),
  data: jsonObjectSchema.default(() => ({})),
  source_assistant: z.string().nullable().optional(),
})
export type Tool = z.infer<typeof toolSchema>
export const toolListSchema = z.array(toolSchema)
export const toolListReader = listOf(toolSchema)

export interface ToolParameter {
  name: string
  type: string
  description: string
  required: boolean
}

export interface ToolDescription {
  name: string
  description: string
  parameters: ToolParameter[]
  exampleUsage: string | null
}

/** Reads a tool's `data` into a displayable description, whatever shape the server used. */
export function describeTool(tool: Tool): ToolDescription {
  const data = tool.data
  const fn = isPlainObject(data.function) ? data.function : data
  const name = typeof fn.name === 'string' ? fn.name : `tool-${tool.id}`
  const description = typeof fn.description === 'string' ? fn.description : ''
  const schema = isPlainObject(fn.parameters) ? fn.parameters : {}
  const props = isPlainObject(schema.properties) ? schema.properties : {}
  const required = Array.isArray(schema.required)
    ? schema.required.filter((r): r is string => typeof r === 'string')
    : []
  const parameters = Object.entries(props).map(([pname, p]) => {
    const prop = isPlainObject(p) ? p : {}
    return {
      name: pname,
      type: typeof prop.type === 'string' ? prop.type : 'any',
      description: typeof prop.description === 'string' ? prop.description : '',
      required: required.includes(pname),
    }
  })
  const exampleUsage = typeof data.example_usage === 'string' ? data.example_usage : null
  return { name, description, parameters, exampleUsage }
}

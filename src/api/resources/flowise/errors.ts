/**
 * Flowise's error answers as ApiErrors. Flowise answers `{statusCode, success,
 * message, stack}` (its API-key check `{"error": "Unauthorized Access"}`); the
 * mock adds `fieldErrors` keyed by dotted paths (`details.temperature`,
 * `details.tools.1`, `credential`). Field errors are keyed here by the form's
 * field names, which are the details' own keys: `details.temperature` is the
 * `temperature` field, `details.tool_resources.file_search.vector_store_ids`
 * the `tool_resources` field (its message then says where inside).
 */
import { ApiError } from '@/api/api-error'
import type { ErrorReader } from '@/api/http-client'
import { readFlowiseError } from '@/contract/flowise/errors'

/** Flowise prefixes its messages with where they came from: `Error: assistantsService.getAssistantById - `. */
export function cleanFlowiseMessage(message: string): string {
  return message.replace(/^Error:\s*[\w.]+\s+-\s+/, '').trim() || message
}

/** `details.temperature` → `temperature`; `details.tools.1` → `tools` (with where inside, for nested paths). */
export function formFieldOf(path: string): { field: string; inside: string | null } {
  const parts = path.split('.')
  if (parts[0] === 'details' && parts.length > 1) {
    const field = parts[1] ?? 'details'
    const rest = parts.slice(2)
    // A tool's position says little ("tools.1"); a resource's path says which tool and list.
    const inside = field === 'tool_resources' && rest.length > 0 ? rest.join('.') : null
    return { field, inside }
  }
  return { field: path, inside: null }
}

export function toFormFieldErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const { field, inside } = formFieldOf(path)
    const list = out.get(field) ?? []
    for (const m of messages) {
      const text = inside ? `${inside}: ${m}` : m
      if (!list.includes(text)) list.push(text)
    }
    out.set(field, list)
  }
  return Object.fromEntries(out)
}

/** The platform's ErrorReader; null (DRF fallback) for a body that is not Flowise's. */
export const readFlowiseApiError: ErrorReader = (status, body) => {
  const read = readFlowiseError(body)
  if (!read) return null
  const kind = status === 401 ? 'auth' : 'http'
  const said = cleanFlowiseMessage(read.message)
  const message = status === 401 ? `Flowise refused the API key (401 ${said}). Check the key in Settings.` : said
  return new ApiError({ kind, status, body, message, fieldErrors: toFormFieldErrors(read.fieldErrors) })
}

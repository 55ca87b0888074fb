/**
 * Api: an external API that the `call_api` tool calls. The published spec lacks
 * `code`, yet keys the paths by it; we treat it as required and writable, with
 * the same rules as an assistant's code. `headers` is a string holding a JSON
 * object of header names to values: credentials, never shown unmasked.
 */
import { z } from 'zod'
import { codeSchema, isPlainObject, messages, requiredString } from './common'
import { listOf } from './read-list'
import { isDjangoUrl } from './url'

export const HEADERS_MESSAGE =
  'Value must be a JSON object of header names to string values, e.g. {"Authorization": "Bearer ..."}.'

/** Parses an Api.headers string; returns null when it is not a JSON object of strings. */
export function parseHeaders(raw: string): Record<string, string> | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isPlainObject(parsed)) return null
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string' || k.trim() === '') return null
    out[k] = v
  }
  return out
}

/**
 * DRF's URLField on a 200-character model field: what Django's URLValidator
 * accepts (http, https, ftp, ftps), so the form refuses exactly what the
 * service refuses. A blank value gets "may not be blank" alone, without the URL
 * rule; the length and URL rules both report, as DRF runs every validator.
 */
export const apiUrlSchema = requiredString({ max: 200, allowBlank: false }).refine((v) => v === '' || isDjangoUrl(v), {
  error: messages.url,
})
export const apiHeadersSchema = requiredString().refine((s) => parseHeaders(s) !== null, { error: HEADERS_MESSAGE })

export const apiWriteSchema = z.strictObject(
  { code: codeSchema, url: apiUrlSchema, headers: apiHeadersSchema },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : undefined),
  },
)
export type ApiWrite = z.input<typeof apiWriteSchema>
export const apiPatchSchema = apiWriteSchema.partial()
export type ApiPatch = z.input<typeof apiPatchSchema>
export const API_READ_ONLY_FIELDS = ['id'] as const

/**
 * The API as the server answers it. The published spec has no `code` (see
 * contract/README.md); the console needs one to open an API, so an answer
 * without it is unreadable in a list, and a detail answer gets the code it was
 * asked for. `url` is not checked as a URI on read: it is only shown.
 */
export const apiSchema = z.looseObject({
  id: z.number().int().optional(),
  code: z.string().min(1),
  url: z.string(),
  headers: z.string(),
})
export type Api = z.infer<typeof apiSchema>
export const apiListSchema = z.array(apiSchema)
export const apiListReader = listOf(apiSchema)

/**
 * Reads an Api.headers string for display: a JSON object of names to any JSON
 * values (a server may store a number). Null when it is not a JSON object.
 */
export function readHeaderObject(raw: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(raw)
    return isPlainObject(parsed) ? parsed : null
  } catch {
    return null
  }
}

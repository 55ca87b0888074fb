/**
 * The API form: code, url, and the headers as rows (a form value, so Discard,
 * drafts and merges treat them like any field). Validated with the contract's
 * own rules; the rows must make a headers string the contract accepts.
 */
import { z } from 'zod'
import { apiHeadersSchema, apiUrlSchema, type Api, type ApiPatch, type ApiWrite } from '@/contract/api'
import { codeSchema } from '@/contract/common'
import { sameValue, type FieldChange } from '@/lib/edit/merge'
import { headersFromRows, rowsFromHeaders, sameHeaders } from './api-headers'

const rowSchema = z.object({ name: z.string(), value: z.string(), saved: z.boolean() })

export const apiFormSchema = z.object({
  code: codeSchema,
  url: apiUrlSchema,
  headers: z.array(rowSchema).superRefine((rows, ctx) => {
    rows.forEach((r, i) => {
      if (r.name.trim() === '' && r.value !== '')
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'A header with a value needs a name.' })
    })
    const parsed = apiHeadersSchema.safeParse(headersFromRows(rows))
    if (!parsed.success)
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Invalid headers.' })
  }),
})
export type ApiFormValues = z.infer<typeof apiFormSchema>

export const API_FORM_FIELDS = ['code', 'url', 'headers'] as const
export const API_FIELD_LABELS = { code: 'Code', url: 'URL', headers: 'Headers' } as const

export const EMPTY_API_FORM: ApiFormValues = { code: '', url: '', headers: [] }

export function toApiFormValues(api: Api): ApiFormValues {
  return { code: api.code, url: api.url, headers: rowsFromHeaders(api.headers) ?? [] }
}

/** Headers compare by what they send (names and values), not by row order flags. */
export function equalApiField(a: unknown, b: unknown, field?: string): boolean {
  if (field === 'headers' && Array.isArray(a) && Array.isArray(b))
    return sameHeaders(headersFromRows(a as ApiFormValues['headers']), headersFromRows(b as ApiFormValues['headers']))
  return sameValue(a, b)
}

export function toApiWrite(values: ApiFormValues): ApiWrite {
  return { code: values.code, url: values.url, headers: headersFromRows(values.headers) }
}

export function toApiPatch(changes: FieldChange[], values: ApiFormValues): ApiPatch {
  const body = toApiWrite(values)
  return Object.fromEntries(changes.map((c) => [c.field, body[c.field as keyof ApiWrite]])) as ApiPatch
}

/** A value as the merge dialog shows it: header NAMES only, never values. */
export function formatApiField(field: string, value: unknown): string {
  if (field === 'headers' && Array.isArray(value)) {
    const names = (value as ApiFormValues['headers']).map((r) => r.name).filter(Boolean)
    return names.length === 0 ? 'no headers' : `${names.join(', ')} (values hidden)`
  }
  return value === '' || value === undefined || value === null ? '—' : String(value)
}

/**
 * Query parameters of the assistant list: `page` (0-based), `size`, `sort`
 * (`property[,property...][,asc|desc]`, repeatable, default `name,asc`) and
 * `phoneNumberId`. Bad values are refused with a message per parameter,
 * rather than silently replaced by defaults.
 */
import { isUuid, messages } from './common'
import type { FieldError } from './envelope'

export const PAGE_DEFAULTS = { page: 0, size: 20, maxSize: 100 } as const

export const SORTABLE_PROPERTIES = [
  'id',
  'name',
  'systemPromptGreeting',
  'systemPrompt',
  'llmAudioContentGenerationStrategyId',
  'telephoneNumberId',
] as const
export type SortProperty = (typeof SORTABLE_PROPERTIES)[number]

export interface SortOrder {
  property: SortProperty
  direction: 'asc' | 'desc'
}

export interface ListQuery {
  page: number
  size: number
  sort: SortOrder[]
  phoneNumberId: string | null
}

export const DEFAULT_SORT: SortOrder[] = [{ property: 'name', direction: 'asc' }]

export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; errors: FieldError[] }

function isSortProperty(value: string): value is SortProperty {
  return (SORTABLE_PROPERTIES as readonly string[]).includes(value)
}

function readInteger(raw: string | null, fallback: number, min: number, max: number): number | string {
  if (raw === null || raw.trim() === '') return fallback
  if (!/^-?\d+$/.test(raw.trim())) return messages.integer
  const n = Number(raw.trim())
  if (n < min) return messages.min(min)
  if (n > max) return messages.max(max)
  return n
}

function readSort(values: string[], errors: FieldError[]): SortOrder[] {
  const orders: SortOrder[] = []
  for (const value of values) {
    const tokens = value.split(',').map((t) => t.trim())
    const last = tokens.at(-1)?.toLowerCase()
    const direction = last === 'asc' || last === 'desc' ? last : 'asc'
    const properties = last === 'asc' || last === 'desc' ? tokens.slice(0, -1) : tokens
    if (properties.length === 0 || properties.some((p) => p === '')) {
      errors.push({ field: 'sort', message: 'must be in the format property,(asc|desc)' })
      continue
    }
    for (const property of properties) {
      if (isSortProperty(property)) orders.push({ property, direction })
      else
        errors.push({
          field: 'sort',
          message: `unknown property "${property}"; sortable: ${SORTABLE_PROPERTIES.join(', ')}`,
        })
    }
  }
  return orders.length > 0 ? orders : DEFAULT_SORT
}

/** Reads the list's query string; every bad parameter is reported. */
export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const errors: FieldError[] = []
  const page = readInteger(params.get('page'), PAGE_DEFAULTS.page, 0, 1_000_000)
  if (typeof page === 'string') errors.push({ field: 'page', message: page })
  const size = readInteger(params.get('size'), PAGE_DEFAULTS.size, 1, PAGE_DEFAULTS.maxSize)
  if (typeof size === 'string') errors.push({ field: 'size', message: size })
  const sort = readSort(
    params.getAll('sort').filter((s) => s.trim() !== ''),
    errors,
  )
  const phone = params.get('phoneNumberId')
  const phoneNumberId = phone === null || phone.trim() === '' ? null : phone.trim()
  if (phoneNumberId !== null && !isUuid(phoneNumberId)) errors.push({ field: 'phoneNumberId', message: messages.uuid })
  if (errors.length > 0 || typeof page === 'string' || typeof size === 'string') return { ok: false, errors }
  return { ok: true, query: { page, size, sort, phoneNumberId: phoneNumberId?.toLowerCase() ?? null } }
}

/** The query string for a list request (the console's side of the same rules). */
export function listQueryString(query: Partial<ListQuery>): string {
  const params = new URLSearchParams()
  if (query.page !== undefined) params.set('page', String(query.page))
  if (query.size !== undefined) params.set('size', String(query.size))
  for (const order of query.sort ?? []) params.append('sort', `${order.property},${order.direction}`)
  if (query.phoneNumberId) params.set('phoneNumberId', query.phoneNumberId)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/**
 * Griptape's error answers (`ClientErrorResponseContent`: a `type` and one
 * item per problem) and request reading: JSON bodies only, checked fully
 * before anything is stored; query strings; pages.
 */
import type { Context } from 'hono'
import type { z } from 'zod'
import {
  ERROR_TYPES,
  messages,
  zodToErrorItems,
  type ClientErrorBody,
  type ClientErrorItem,
} from '../../../src/contract/griptape/fields'
import type { Pagination, PageQuery } from '../../../src/contract/griptape/pagination'
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../mock/http/json-depth'

export function clientError(
  c: Context,
  status: 400 | 401 | 404 | 409,
  type: string,
  errors: ClientErrorItem[],
): Response {
  const body: ClientErrorBody = { type, errors }
  return c.json(body, status)
}

export function badRequest(c: Context, errors: ClientErrorItem[]): Response {
  return clientError(c, 400, ERROR_TYPES.validation, errors)
}

export function notFound(c: Context, what = 'Resource'): Response {
  return clientError(c, 404, ERROR_TYPES.notFound, [{ message: `${what} not found.` }])
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A JSON object body; an empty body is `{}`. Never throws. */
export async function readJsonObject(c: Context): Promise<Parsed<unknown>> {
  const fail = (message: string): Parsed<unknown> => ({
    ok: false,
    response: clientError(c, 400, ERROR_TYPES.badRequest, [{ message }]),
  })
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await c.req.arrayBuffer())
  } catch {
    return fail('The request body could not be read.')
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return fail('The request body is not valid UTF-8.')
  }
  if (text.trim() === '') return { ok: true, data: {} }
  const json = type === '' || type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
  if (!json) return fail(`Unsupported Content-Type "${type}": send application/json.`)
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return fail(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`)
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch (error) {
    return fail(`The request body is not valid JSON: ${(error as Error).message}`)
  }
}

/**
 * Checks a body with a strict contract schema. Unless `strictFields`, fields
 * the schema does not declare are dropped first (as the real service ignores
 * them); with it they are named ("Unknown field.").
 */
export function validateBody<S extends z.ZodObject>(
  c: Context,
  schema: S,
  body: unknown,
  strictFields: boolean,
): Parsed<z.output<S>> {
  if (!isPlainObject(body))
    return { ok: false, response: badRequest(c, [{ message: `The request body ${messages.object.toLowerCase()}` }]) }
  const declared = new Set(Object.keys(schema.shape))
  const input = strictFields ? body : Object.fromEntries(Object.entries(body).filter(([k]) => declared.has(k)))
  const result = schema.safeParse(input)
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, response: badRequest(c, zodToErrorItems(result.error)) }
}

/** Query parameters by name (the last value of a repeated one), checked with a contract schema. */
export function parseQuery<S extends z.ZodType>(
  c: Context,
  schema: S,
  names: readonly string[],
): { ok: true; data: z.output<S> } | { ok: false; errors: ClientErrorItem[] } {
  const raw: Record<string, string> = {}
  for (const name of names) {
    const values = c.req.queries(name)
    const last = values?.[values.length - 1]
    if (last !== undefined) raw[name] = last
  }
  const result = schema.safeParse(raw)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: zodToErrorItems(result.error) }
}

export function validateQuery<S extends z.ZodType>(
  c: Context,
  schema: S,
  names: readonly string[],
): Parsed<z.output<S>> {
  const parsed = parseQuery(c, schema, names)
  return parsed.ok ? parsed : { ok: false, response: badRequest(c, parsed.errors) }
}

export function paginate<T>(items: readonly T[], query: PageQuery): { items: T[]; pagination: Pagination } {
  const total = items.length
  const totalPages = Math.ceil(total / query.page_size)
  const start = (query.page - 1) * query.page_size
  const pagination: Pagination = {
    page_number: query.page,
    page_size: query.page_size,
    total_count: total,
    total_pages: totalPages,
  }
  if (query.page < totalPages) pagination.next_page = query.page + 1
  if (query.page > 1 && totalPages > 0) pagination.previous_page = Math.min(query.page - 1, totalPages)
  return { items: items.slice(start, start + query.page_size), pagination }
}

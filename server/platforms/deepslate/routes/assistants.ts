/**
 * `/api/v1/vendors/{vendorId}/organizations/{organizationId}/assistants` and
 * `.../assistants/{assistantId}`: list (paged), create, get, replace, delete.
 * Ids in the path are checked first (400 if not UUIDs, 404 if unknown), then
 * the body is validated completely; nothing is stored unless all of it is valid.
 */
import type { Context, Hono } from 'hono'
import { assistantWriteSchema, type AssistantWrite } from '../../../../src/contract/deepslate/assistant'
import { isPlainObject, isUuid, messages } from '../../../../src/contract/deepslate/common'
import { zodToFieldErrors, type FieldError } from '../../../../src/contract/deepslate/envelope'
import { parseListQuery } from '../../../../src/contract/deepslate/list-query'
import type { Answerer } from '../http/answers'
import { readJsonBody } from '../http/read-body'
import { assistantBody, assistantSummaryBody, type DeepslateStore } from '../store'

export const ASSISTANTS_PATH = '/api/v1/vendors/:vendorId/organizations/:organizationId/assistants'
const ITEM_PATH = `${ASSISTANTS_PATH}/:assistantId`

interface Scope {
  vendorId: string
  organizationId: string
  assistantId: string | null
}

type Step<T> = { ok: true; value: T } | { ok: false; response: Response }

export function registerAssistants(app: Hono, store: DeepslateStore, answer: Answerer, maxBodyBytes: number): void {
  /** Path ids: all checked at once (400 naming each bad one), then the tenant and the assistant must exist (404). */
  function scope(c: Context, withAssistant: boolean): Step<Scope> {
    const raw = {
      vendorId: c.req.param('vendorId') ?? '',
      organizationId: c.req.param('organizationId') ?? '',
      assistantId: withAssistant ? (c.req.param('assistantId') ?? '') : null,
    }
    const errors: FieldError[] = []
    for (const [field, value] of Object.entries(raw))
      if (value !== null && !isUuid(value)) errors.push({ field, message: messages.uuid })
    if (errors.length > 0) return { ok: false, response: answer.error(c, 400, 'Invalid path parameter(s)', errors) }
    const ids: Scope = {
      vendorId: raw.vendorId.toLowerCase(),
      organizationId: raw.organizationId.toLowerCase(),
      assistantId: raw.assistantId?.toLowerCase() ?? null,
    }
    if (!store.hasVendor(ids.vendorId))
      return { ok: false, response: answer.error(c, 404, `Vendor not found: ${ids.vendorId}`) }
    if (!store.hasOrganization(ids.vendorId, ids.organizationId))
      return { ok: false, response: answer.error(c, 404, `Organization not found: ${ids.organizationId}`) }
    if (ids.assistantId !== null && !store.get(ids.vendorId, ids.organizationId, ids.assistantId))
      return { ok: false, response: answer.error(c, 404, `Assistant not found: ${ids.assistantId}`) }
    return { ok: true, value: ids }
  }

  async function validBody(c: Context): Promise<Step<AssistantWrite>> {
    const body = await readJsonBody(c, answer, maxBodyBytes)
    if (!body.ok) return body
    if (!isPlainObject(body.value))
      return { ok: false, response: answer.error(c, 400, 'Malformed request body: must be a JSON object') }
    const parsed = assistantWriteSchema.safeParse(body.value)
    if (!parsed.success) {
      const errors = zodToFieldErrors(parsed.error)
      return { ok: false, response: answer.error(c, 400, `Validation failed for ${errors.length} field(s)`, errors) }
    }
    return { ok: true, value: parsed.data }
  }

  const methodNotAllowed = (allowed: string) => (c: Context) => {
    c.header('Allow', allowed)
    return answer.error(c, 405, `Request method '${c.req.method}' is not supported`)
  }

  app.get(ASSISTANTS_PATH, (c) => {
    const at = scope(c, false)
    if (!at.ok) return at.response
    const query = parseListQuery(new URL(c.req.url).searchParams)
    if (!query.ok) return answer.error(c, 400, 'Invalid query parameter(s)', query.errors)
    const { page, size } = query.query
    const { items, total } = store.list(at.value.vendorId, at.value.organizationId, query.query)
    return answer.page(
      c,
      'Assistants retrieved successfully',
      { page, size, totalElements: total, totalPages: Math.ceil(total / size) },
      items.map(assistantSummaryBody),
    )
  })

  app.post(ASSISTANTS_PATH, async (c) => {
    const at = scope(c, false)
    if (!at.ok) return at.response
    const body = await validBody(c)
    if (!body.ok) return body.response
    const created = store.create(at.value.vendorId, at.value.organizationId, body.value)
    return answer.ok(c, 'Assistant successfully created', assistantBody(created), 201)
  })
  app.all(ASSISTANTS_PATH, methodNotAllowed('GET, POST'))

  app.get(ITEM_PATH, (c) => {
    const at = scope(c, true)
    if (!at.ok) return at.response
    const found = store.get(at.value.vendorId, at.value.organizationId, at.value.assistantId ?? '')
    return found
      ? answer.ok(c, 'Assistant retrieved successfully', assistantBody(found))
      : answer.error(c, 404, 'Assistant not found')
  })

  app.put(ITEM_PATH, async (c) => {
    const at = scope(c, true)
    if (!at.ok) return at.response
    const body = await validBody(c)
    if (!body.ok) return body.response
    const { vendorId, organizationId, assistantId } = at.value
    // Gone between the check and the write (another request deleted it): still a 404.
    const updated = store.replace(vendorId, organizationId, assistantId ?? '', body.value)
    return updated
      ? answer.ok(c, 'Assistant successfully updated', assistantBody(updated))
      : answer.error(c, 404, `Assistant not found: ${assistantId ?? ''}`)
  })

  app.delete(ITEM_PATH, (c) => {
    const at = scope(c, true)
    if (!at.ok) return at.response
    const { vendorId, organizationId, assistantId } = at.value
    return store.delete(vendorId, organizationId, assistantId ?? '')
      ? answer.ok(c, 'Assistant successfully deleted', null)
      : answer.error(c, 404, `Assistant not found: ${assistantId ?? ''}`)
  })
  app.all(ITEM_PATH, methodNotAllowed('GET, PUT, DELETE'))
}

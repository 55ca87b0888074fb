/** Assistants: paged list, create, get, PATCH and delete (which takes the assistant's runs and events along). */
import {
  assistantCreateSchema,
  assistantUpdateSchema,
  RESOURCE_LISTS,
} from '../../../../src/contract/griptape/assistant'
import { pageQuerySchema } from '../../../../src/contract/griptape/pagination'
import type { Deps, GriptapeHono } from '../context'
import { notFound, paginate, readJsonObject, validateBody, validateQuery } from '../http'
import { assistantBody } from '../serialize'
import { newId, type AssistantRecord } from '../store'

export function registerAssistants(app: GriptapeHono, deps: Deps): void {
  const { store, engine } = deps
  const strict = deps.options.strictFields

  app.get('/assistants', (c) => {
    const query = validateQuery(c, pageQuerySchema, ['page', 'page_size'])
    if (!query.ok) return query.response
    const page = paginate(store.listAssistants(), query.data)
    return c.json({ assistants: page.items.map(assistantBody), pagination: page.pagination })
  })

  app.post('/assistants', async (c) => {
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const parsed = validateBody(c, assistantCreateSchema, body.data, strict)
    if (!parsed.ok) return parsed.response
    const data = parsed.data
    const now = deps.iso()
    const record: AssistantRecord = {
      assistant_id: newId(),
      name: data.name,
      description: data.description ?? '',
      ...(data.input !== undefined ? { input: data.input } : {}),
      ...(data.model !== undefined ? { model: data.model } : {}),
      organization_id: store.organizationId,
      created_by: c.get('caller'),
      created_at: now,
      updated_at: now,
      knowledge_base_ids: data.knowledge_base_ids ?? [],
      retriever_ids: data.retriever_ids ?? [],
      ruleset_ids: data.ruleset_ids ?? [],
      structure_ids: data.structure_ids ?? [],
      tool_ids: data.tool_ids ?? [],
    }
    store.assistants.set(record.assistant_id, record)
    return c.json(assistantBody(record), 201)
  })

  app.get('/assistants/:assistant_id', (c) => {
    const assistant = store.assistants.get(c.req.param('assistant_id'))
    return assistant ? c.json(assistantBody(assistant)) : notFound(c, 'Assistant')
  })

  app.patch('/assistants/:assistant_id', async (c) => {
    const assistant = store.assistants.get(c.req.param('assistant_id'))
    if (!assistant) return notFound(c, 'Assistant')
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const parsed = validateBody(c, assistantUpdateSchema, body.data, strict)
    if (!parsed.ok) return parsed.response
    const data = parsed.data
    if (data.name !== undefined) assistant.name = data.name
    if (data.description !== undefined) assistant.description = data.description
    if (data.input !== undefined) assistant.input = data.input
    if (data.model !== undefined) assistant.model = data.model
    for (const list of RESOURCE_LISTS) {
      const value = data[list]
      if (value !== undefined) assistant[list] = value
    }
    assistant.updated_at = deps.iso()
    return c.json(assistantBody(assistant))
  })

  app.delete('/assistants/:assistant_id', (c) => {
    const id = c.req.param('assistant_id')
    if (!store.assistants.has(id)) return notFound(c, 'Assistant')
    for (const run of store.deleteAssistant(id)) engine.forget(run)
    return c.body(null, 204)
  })
}

/**
 * Assistant runs: start one (`POST /assistants/{id}/runs`), list an
 * assistant's runs (paged, `?status=A,B`), get one, cancel one.
 */
import type { Context } from 'hono'
import {
  isFinalStatus,
  RUN_STATUSES,
  runCreateSchema,
  type RunStatus,
} from '../../../../src/contract/griptape/assistant-run'
import { ERROR_TYPES, messages, type ClientErrorItem } from '../../../../src/contract/griptape/fields'
import { pageQuerySchema } from '../../../../src/contract/griptape/pagination'
import type { Deps, GriptapeEnv, GriptapeHono } from '../context'
import { badRequest, clientError, notFound, paginate, parseQuery, readJsonObject, validateBody } from '../http'
import { runBody } from '../serialize'
import { newId, type RunRecord } from '../store'

/** `status=RUNNING,QUEUED` and `status=RUNNING&status=QUEUED` alike. */
function statusFilter(
  c: Context<GriptapeEnv>,
): { ok: true; statuses: RunStatus[] | null } | { ok: false; errors: ClientErrorItem[] } {
  const raw = (c.req.queries('status') ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
  if (raw.length === 0) return { ok: true, statuses: null }
  const errors: ClientErrorItem[] = []
  const statuses: RunStatus[] = []
  for (const value of raw) {
    const status = RUN_STATUSES.find((s) => s === value.toUpperCase())
    if (status) statuses.push(status)
    else errors.push({ field: 'status', message: `Unknown status "${value}". ${messages.oneOf(RUN_STATUSES)}` })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, statuses }
}

function union(a: readonly string[], b: readonly string[] | undefined): string[] {
  return [...new Set([...a, ...(b ?? [])])]
}

export function registerRuns(app: GriptapeHono, deps: Deps): void {
  const { store, engine } = deps

  app.post('/assistants/:assistant_id/runs', async (c) => {
    const assistant = store.assistants.get(c.req.param('assistant_id'))
    if (!assistant) return notFound(c, 'Assistant')
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const parsed = validateBody(c, runCreateSchema, body.data, deps.options.strictFields)
    if (!parsed.ok) return parsed.response
    const data = parsed.data
    const now = deps.iso()
    const threadId = data.thread_id ?? (data.new_thread ? newId() : undefined)
    const run: RunRecord = {
      assistant_run_id: newId(),
      assistant_id: assistant.assistant_id,
      structure_run_id: newId(),
      status: 'QUEUED',
      ...(data.input !== undefined && data.input !== null ? { input: data.input } : {}),
      args: data.args ?? [],
      stream: data.stream ?? false,
      ...(threadId !== undefined ? { thread_id: threadId } : {}),
      created_by: c.get('caller'),
      created_at: now,
      updated_at: now,
      completed_at: null,
      knowledge_base_ids: union(
        data.knowledge_base_ids ?? assistant.knowledge_base_ids,
        data.additional_knowledge_base_ids,
      ),
      retriever_ids: union(data.retriever_ids ?? assistant.retriever_ids, data.additional_retriever_ids),
      ruleset_ids: union(data.ruleset_ids ?? assistant.ruleset_ids, data.additional_ruleset_ids),
      structure_ids: union(data.structure_ids ?? assistant.structure_ids, data.additional_structure_ids),
      tool_ids: union(data.tool_ids ?? assistant.tool_ids, data.additional_tool_ids),
    }
    store.addRun(run)
    engine.start(run, assistant, data._mock)
    return c.json(runBody(run), 201)
  })

  app.get('/assistants/:assistant_id/runs', (c) => {
    const assistant = store.assistants.get(c.req.param('assistant_id'))
    if (!assistant) return notFound(c, 'Assistant')
    const query = parseQuery(c, pageQuerySchema, ['page', 'page_size'])
    const filter = statusFilter(c)
    if (!query.ok || !filter.ok)
      return badRequest(c, [...(query.ok ? [] : query.errors), ...(filter.ok ? [] : filter.errors)])
    const runs = store
      .listRuns(assistant.assistant_id)
      .filter((r) => filter.statuses === null || filter.statuses.includes(r.status))
    const page = paginate(runs, query.data)
    return c.json({ assistant_runs: page.items.map(runBody), pagination: page.pagination })
  })

  app.get('/assistant-runs/:assistant_run_id', (c) => {
    const run = store.runs.get(c.req.param('assistant_run_id'))
    return run ? c.json(runBody(run)) : notFound(c, 'Assistant run')
  })

  app.post('/assistant-runs/:assistant_run_id/cancel', (c) => {
    const run = store.runs.get(c.req.param('assistant_run_id'))
    if (!run) return notFound(c, 'Assistant run')
    if (isFinalStatus(run.status) || !engine.cancel(run, c.get('caller'))) {
      return clientError(c, 409, ERROR_TYPES.conflict, [
        {
          field: 'status',
          message: `The run is already ${run.status}; only QUEUED, STARTING or RUNNING runs can be cancelled.`,
        },
      ])
    }
    return c.json(runBody(run))
  })
}

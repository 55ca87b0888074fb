/**
 * Applies a plan to the target, step by step in the plan's order. Only what a
 * step changes is sent (PATCH of the changed fields), validated first with the
 * contract's write schemas (strict writer); unchanged steps send nothing, so
 * re-reading the target, re-planning and applying again after a partial
 * failure writes only what is left. A failed step's dependents are skipped
 * with the reason. Header values come only from `secrets` (API code → header →
 * value) or, for headers the target already has, from the target itself.
 */
import type { z } from 'zod'
import type { ApiClient } from '@/api/http-client'
import { apisApi } from '@/api/resources/apis'
import { assistantsApi } from '@/api/resources/assistants'
import { routesApi } from '@/api/resources/routes'
import { toolsApi } from '@/api/resources/tools'
import { apiPatchSchema, apiWriteSchema, parseHeaders } from '@/contract/api'
import { assistantPatchSchema, assistantWriteSchema } from '@/contract/assistant'
import { readableItems } from '@/contract/read-list'
import { routeWriteSchema } from '@/contract/route'
import { describeForeignBody } from '@/contract/errors'
import { describeTool } from '@/contract/tool'
import { routeAssistant, toolKey } from './canonical'
import { HEADER_FIELD_PREFIX, type AssistantField } from './compare'
import type { AccountSnapshot, ApiItem, ApplyReport, AssistantItem, Plan, PlanStep, StepOutcome } from './model'

export type Secrets = Record<string, Record<string, string>>

export interface ApplyOptions {
  secrets?: Secrets
  signal?: AbortSignal
  onStep?: (id: string, outcome: StepOutcome) => void
}

/** A step that cannot be sent; its message is the report's. */
class StepError extends Error {}

/** The body as the contract writes it, or a StepError naming the first problem (nothing is sent). */
function strict<S extends z.ZodType>(schema: S, body: unknown, what: string): z.input<S> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return body as z.input<S>
  const issue = parsed.error.issues[0]
  throw new StepError(`Not sent: ${what} breaks the contract (${issue?.path.join('.') || 'body'}: ${issue?.message}).`)
}

class ToolMap {
  private ids: Promise<{ byKey: Map<string, number>; names: Set<string> }> | null = null
  constructor(private readonly client: ApiClient) {}

  private load() {
    this.ids ??= toolsApi.list(this.client).then(async (entries) => {
      const byKey = new Map<string, number>()
      const names = new Set<string>()
      for (const tool of readableItems(entries)) {
        const name = describeTool(tool).name
        names.add(name)
        byKey.set(await toolKey(name, tool.data), tool.id)
      }
      return { byKey, names }
    })
    return this.ids
  }

  /** The target's tool ids for an assistant's tools, matched by key (name + data). */
  async remap(item: AssistantItem, targetLabel: string): Promise<number[]> {
    const { byKey, names } = await this.load()
    return item.tools.map((tool) => {
      const id = byKey.get(tool.key)
      if (id !== undefined) return id
      const why = names.has(tool.name)
        ? `its tool "${tool.name}" is defined differently on ${targetLabel}`
        : `${targetLabel} has no tool "${tool.name}"`
      throw new StepError(`${item.code} not written: ${why}; tools cannot be created through the Admin API.`)
    })
  }
}

function assistantValue(item: AssistantItem, field: Exclude<AssistantField, 'tools'>): unknown {
  return item[field]
}

async function assistantBody(
  item: AssistantItem,
  fields: readonly string[],
  tools: ToolMap,
  targetLabel: string,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    if (field === 'tools') body.tools = await tools.remap(item, targetLabel)
    else {
      const value = assistantValue(item, field as Exclude<AssistantField, 'tools'>)
      if (value !== null && value !== undefined) body[field] = value
    }
  }
  return body
}

/** Header values to write: given ones first, then what the target holds; names without either are left out. */
function headerValues(source: ApiItem, given: Record<string, string>, current: Record<string, string>) {
  const values: Record<string, string> = {}
  const missing: string[] = []
  for (const name of Object.keys(source.headers).sort()) {
    const value = given[name] ?? current[name]
    if (value === undefined) missing.push(name)
    else values[name] = value
  }
  return { values, missing }
}

const withoutNote = (missing: string[]) =>
  missing.length
    ? `Without ${missing.join(', ')}: enter the value${missing.length > 1 ? 's' : ''} on the target.`
    : undefined

interface Context {
  client: ApiClient
  source: AccountSnapshot
  plan: Plan
  secrets: Secrets
  tools: ToolMap
}

async function applyApi(step: PlanStep, ctx: Context): Promise<StepOutcome> {
  const item = ctx.source.apis.find((a) => a.code === step.key)
  if (!item) throw new StepError(`${step.key} is not in ${ctx.plan.source}.`)
  const given = ctx.secrets[item.code] ?? {}
  if (step.action === 'create') {
    const { values, missing } = headerValues(item, given, {})
    const body = { code: item.code, url: item.url, headers: JSON.stringify(values) }
    await apisApi.create(ctx.client, strict(apiWriteSchema, body, 'the API'))
    const note = withoutNote(missing)
    return note ? { status: 'done', note } : { status: 'done' }
  }
  const patch: Record<string, string> = {}
  if (step.fields.some((f) => f.field === 'url')) patch.url = item.url
  let note: string | undefined
  if (step.fields.some((f) => f.field.startsWith(HEADER_FIELD_PREFIX))) {
    // The target's own values are kept where nothing new was given: read them now, not from the plan.
    const current = parseHeaders((await apisApi.get(ctx.client, item.code)).headers) ?? {}
    const { values, missing } = headerValues(item, given, current)
    if (JSON.stringify(values) !== JSON.stringify(Object.fromEntries(Object.entries(current).sort())))
      patch.headers = JSON.stringify(values)
    // Values that differ and were not entered stay as the target has them: say so rather than pretend.
    const kept = step.fields
      .filter((f) => f.secret && f.left === 'set' && f.right === 'set')
      .map((f) => f.field.slice(HEADER_FIELD_PREFIX.length))
      .filter((h) => given[h] === undefined)
    note =
      withoutNote(missing) ??
      (kept.length ? `Kept ${ctx.plan.target}'s value of ${kept.join(', ')} (no value entered).` : undefined)
  }
  if (Object.keys(patch).length > 0)
    await apisApi.patch(ctx.client, item.code, strict(apiPatchSchema, patch, 'the API change'))
  return note ? { status: 'done', note } : { status: 'done' }
}

async function applyAssistant(step: PlanStep, ctx: Context): Promise<StepOutcome> {
  const item = ctx.source.assistants.find((a) => a.code === step.key)
  if (!item) throw new StepError(`${step.key} is not in ${ctx.plan.source}.`)
  if (step.action === 'create') {
    const fields = ['name', 'instructions', 'tools', ...step.fields.map((f) => f.field)]
    const body = { code: item.code, ...(await assistantBody(item, [...new Set(fields)], ctx.tools, ctx.plan.target)) }
    await assistantsApi.create(ctx.client, strict(assistantWriteSchema, body, 'the assistant'))
    return { status: 'done' }
  }
  const body = await assistantBody(
    item,
    step.fields.map((f) => f.field),
    ctx.tools,
    ctx.plan.target,
  )
  await assistantsApi.patch(ctx.client, item.code, strict(assistantPatchSchema, body, 'the assistant change'))
  return { status: 'done' }
}

async function applyRoute(step: PlanStep, ctx: Context): Promise<StepOutcome> {
  if (step.action === 'delete') {
    if (step.targetId === undefined) throw new StepError('Not deleted: the plan does not know its id on the target.')
    await routesApi.remove(ctx.client, routeAssistant(step.key), step.targetId)
    return { status: 'done' }
  }
  const item = ctx.source.routes.find((r) => r.key === step.key)
  if (!item) throw new StepError(`This route is not in ${ctx.plan.source}.`)
  const body = { tags: item.rule }
  await routesApi.create(ctx.client, item.assistant, strict(routeWriteSchema, body, 'the route'))
  return { status: 'done' }
}

function failure(error: unknown): StepOutcome {
  if (error instanceof StepError) return { status: 'failed', message: error.message }
  const message = error instanceof Error ? error.message : (describeForeignBody(error) ?? String(error))
  return { status: 'failed', message }
}

export async function applyPlan(
  plan: Plan,
  source: AccountSnapshot,
  target: { client: ApiClient },
  opts: ApplyOptions = {},
): Promise<ApplyReport> {
  const ctx: Context = {
    client: target.client,
    source,
    plan,
    secrets: opts.secrets ?? {},
    tools: new ToolMap(target.client),
  }
  const outcomes = new Map<string, StepOutcome>()
  const report: ApplyReport = { steps: [] }
  for (const step of plan.steps) {
    let outcome: StepOutcome
    const blocker = step.dependsOn
      .map((id) => [id, outcomes.get(id)] as const)
      .find(([, o]) => o !== undefined && o.status !== 'done')
    if (opts.signal?.aborted) outcome = { status: 'skipped', reason: 'Stopped before this step.' }
    else if (blocker) {
      const title = plan.steps.find((s) => s.id === blocker[0])?.title ?? blocker[0]
      outcome = { status: 'skipped', reason: `${title} ${blocker[1]?.status === 'failed' ? 'failed' : 'was skipped'}.` }
    } else if (step.action === 'unchanged') outcome = { status: 'done', note: 'Already the same; nothing sent.' }
    else {
      try {
        if (step.kind === 'api') outcome = await applyApi(step, ctx)
        else if (step.kind === 'assistant') outcome = await applyAssistant(step, ctx)
        else outcome = await applyRoute(step, ctx)
      } catch (error) {
        outcome = failure(error)
      }
    }
    outcomes.set(step.id, outcome)
    report.steps.push({ id: step.id, title: step.title, action: step.action, outcome })
    opts.onStep?.(step.id, outcome)
  }
  return report
}

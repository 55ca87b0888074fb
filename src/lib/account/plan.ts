/**
 * Builds the plan that makes the target match the source for the selected
 * items, in dependency order: APIs, then the assistants that call them, then
 * routes (created before the target's extra routes of the same assistants are
 * deleted). Steps are create, update (with each changed field), unchanged (shown,
 * never sent) or delete (only routes: assistants and APIs are never deleted).
 * In a step's fields, `left` is the target's current value and `right` the
 * value written.
 */
import { ASSISTANT_FIELDS, apiFieldDiffs, assistantFieldDiffs, HEADER_FIELD_PREFIX } from './compare'
import { routeTitle } from './diff'
import type { AccountSnapshot, ApiItem, AssistantItem, FieldDiff, Plan, PlanStep, RouteItem } from './model'
import { UNKNOWN_SECRET } from './model'
import { expandSelection, type Selection } from './selection'

export const stepId = (kind: PlanStep['kind'], key: string) => `${kind}:${key}`

function withReason(step: PlanStep, reason: string | null | undefined): PlanStep {
  return reason ? { ...step, reason } : step
}

function apiStep(source: ApiItem, target: ApiItem | undefined): PlanStep {
  const base = { id: stepId('api', source.code), kind: 'api' as const, key: source.code, title: source.code }
  if (!target) {
    const headers = Object.keys(source.headers).sort()
    const fields: FieldDiff[] = [
      { field: 'url', left: undefined, right: source.url },
      ...headers.map((h) => ({
        field: `${HEADER_FIELD_PREFIX}${h}`,
        left: 'absent',
        right: source.headers[h] === UNKNOWN_SECRET ? 'unknown' : 'set',
        secret: true,
      })),
    ]
    return { ...base, action: 'create', fields, dependsOn: [], ...(headers.length ? { needsSecrets: headers } : {}) }
  }
  const fields = apiFieldDiffs(target, source)
  const needs = fields
    .filter((f) => f.secret && f.right !== 'absent')
    .map((f) => f.field.slice(HEADER_FIELD_PREFIX.length))
  return {
    ...base,
    action: fields.length ? 'update' : 'unchanged',
    fields,
    dependsOn: [],
    ...(needs.length ? { needsSecrets: needs } : {}),
  }
}

function assistantStep(source: AssistantItem, target: AssistantItem | undefined, apiSteps: Set<string>): PlanStep {
  const dependsOn = source.apiCodes.map((c) => stepId('api', c)).filter((id) => apiSteps.has(id))
  const base = {
    id: stepId('assistant', source.code),
    kind: 'assistant' as const,
    key: source.code,
    title: source.code,
  }
  if (!target) {
    const fields = ASSISTANT_FIELDS.filter((f) => source[f] !== null).map((f) => ({
      field: f,
      left: undefined,
      right: source[f],
    }))
    return { ...base, action: 'create', fields, dependsOn }
  }
  // A field the source does not state (null: its server did not answer it) is left as the target has it.
  const fields = assistantFieldDiffs(target, source).filter((f) => f.right !== null)
  return { ...base, action: fields.length ? 'update' : 'unchanged', fields, dependsOn }
}

function routeStep(route: RouteItem, action: 'create' | 'unchanged' | 'delete', assistantSteps: Set<string>): PlanStep {
  const owner = stepId('assistant', route.assistant)
  return {
    id: stepId('route', route.key),
    kind: 'route',
    key: route.key,
    title: routeTitle(route),
    action,
    fields: action === 'create' ? [{ field: 'rule', left: undefined, right: route.rule }] : [],
    dependsOn: assistantSteps.has(owner) ? [owner] : [],
    ...(action === 'delete' && route.id !== undefined ? { targetId: route.id } : {}),
  }
}

export function buildPlan(source: AccountSnapshot, target: AccountSnapshot, selection: Selection): Plan {
  const wanted = expandSelection(source, selection, target)
  const steps: PlanStep[] = []

  const targetApis = new Map(target.apis.map((a) => [a.code, a]))
  for (const api of source.apis)
    if (wanted.apis.has(api.code))
      steps.push(withReason(apiStep(api, targetApis.get(api.code)), wanted.apis.get(api.code)))
  const apiSteps = new Set(steps.map((s) => s.id))

  const targetAssistants = new Map(target.assistants.map((a) => [a.code, a]))
  for (const a of source.assistants)
    if (wanted.assistants.has(a.code))
      steps.push(withReason(assistantStep(a, targetAssistants.get(a.code), apiSteps), wanted.assistants.get(a.code)))
  const assistantSteps = new Set(steps.filter((s) => s.kind === 'assistant').map((s) => s.id))

  const targetRoutes = new Set(target.routes.map((r) => r.key))
  for (const r of source.routes)
    if (wanted.routes.has(r.key))
      steps.push(
        withReason(
          routeStep(r, targetRoutes.has(r.key) ? 'unchanged' : 'create', assistantSteps),
          wanted.routes.get(r.key),
        ),
      )
  const sourceRoutes = new Set(source.routes.map((r) => r.key))
  for (const r of target.routes)
    if (wanted.routeOwners.has(r.assistant) && !sourceRoutes.has(r.key))
      steps.push({
        ...routeStep(r, 'delete', assistantSteps),
        reason: `not on ${source.label}: ${r.assistant}'s routes are made the same as there`,
      })
  return { source: source.label, target: target.label, steps }
}

/** Whether applying the plan would write anything. */
export function planChanges(plan: Plan): number {
  return plan.steps.filter((s) => s.action !== 'unchanged').length
}

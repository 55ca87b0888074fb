/** Applies a plan to a target connection (stub: being implemented). */
import type { ApiClient } from '@/api/http-client'
import type { AccountSnapshot, ApplyReport, Plan, StepOutcome } from './model'

export function applyPlan(
  plan: Plan,
  _source: AccountSnapshot,
  _target: { client: ApiClient },
  _opts: {
    secrets?: Record<string, Record<string, string>>
    signal?: AbortSignal
    onStep?: (id: string, outcome: StepOutcome) => void
  } = {},
): Promise<ApplyReport> {
  return Promise.resolve({
    steps: plan.steps.map((s) => ({ id: s.id, title: s.title, action: s.action, outcome: { status: 'done' } })),
  })
}

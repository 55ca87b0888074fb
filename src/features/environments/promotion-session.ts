/**
 * One promotion, from plan to report: the reviewed plan, the header values the
 * user typed for it, each step's progress while applying, the report, and a
 * re-run that re-reads the target and applies only what is left. An external
 * store (subscribe/getSnapshot) so it is testable without React and survives
 * re-renders. Header values live only in this object's memory: never in its
 * published state, never persisted; they go when the session goes.
 */
import type { ApiClient } from '@/api/http-client'
import { errorMessage } from '@/api/api-error'
import { applyPlan as realApplyPlan } from '@/lib/account/apply'
import { buildPlan as realBuildPlan } from '@/lib/account/plan'
import type { AccountSnapshot, ApplyReport, Plan, PlanStep, StepOutcome } from '@/lib/account/model'
import { refId, type ItemRef } from './selection'

export type StepProgress = StepOutcome | { status: 'pending' } | { status: 'running' }

export interface PromotionState {
  /** review: nothing applied yet; applying / rereading: busy; finished: a report (or an error) is there. */
  phase: 'review' | 'applying' | 'rereading' | 'finished'
  plan: Plan
  /** The items the user picked (refId: kind and key); the plan's other steps were pulled in as dependencies. */
  picked: ReadonlySet<string>
  progress: Readonly<Record<string, StepProgress>>
  report: ApplyReport | null
  /** What stopped a whole run (the target could not be re-read, the apply threw), beside the per-step outcomes. */
  error: string | null
  /** How many times the plan was applied (a re-run counts). */
  runs: number
  /** APIs the user chose to create without their header values (flagged in the report). */
  withoutValues: ReadonlySet<string>
  /** Per API, the headers a value was typed for (the values themselves are not published). */
  filled: Readonly<Record<string, readonly string[]>>
  /** Per API, the headers whose value came with the input (a bundle's literal value), not typed here. */
  preset: Readonly<Record<string, readonly string[]>>
}

export interface PromotionOptions {
  source: AccountSnapshot
  target: AccountSnapshot
  targetClient: ApiClient
  selection: ItemRef[] | 'all'
  /** Header values known beforehand (a bundle file's literal values): API code → header → value. */
  presetSecrets?: Record<string, Record<string, string>>
  /** Reads the target afresh for a re-run. */
  readTarget: (signal: AbortSignal) => Promise<AccountSnapshot>
  /** After each run (success or not): the caller refreshes its comparison. */
  onApplied?: () => void
  buildPlan?: typeof realBuildPlan
  applyPlan?: typeof realApplyPlan
}

/** A step that writes something (unchanged steps are shown but not applied). */
export function isWrite(step: PlanStep): boolean {
  return step.action !== 'unchanged'
}

export class PromotionSession {
  private state: PromotionState
  private readonly listeners = new Set<() => void>()
  private secrets: Record<string, Record<string, string>> = {}
  private readonly abort = new AbortController()
  private readonly build: typeof realBuildPlan
  private readonly apply: typeof realApplyPlan

  constructor(private readonly opts: PromotionOptions) {
    this.build = opts.buildPlan ?? realBuildPlan
    this.apply = opts.applyPlan ?? realApplyPlan
    const plan = this.build(opts.source, opts.target, opts.selection)
    const picked = new Set((opts.selection === 'all' ? plan.steps : opts.selection).map((r) => refId(r)))
    this.secrets = { ...opts.presetSecrets }
    const preset = Object.fromEntries(Object.entries(this.secrets).map(([api, values]) => [api, Object.keys(values)]))
    this.state = {
      phase: 'review',
      plan,
      picked,
      progress: pendingProgress(plan),
      report: null,
      error: null,
      runs: 0,
      withoutValues: new Set(),
      filled: preset,
      preset,
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): PromotionState => this.state

  private set(patch: Partial<PromotionState>): void {
    this.state = { ...this.state, ...patch }
    for (const l of this.listeners) l()
  }

  get busy(): boolean {
    return this.state.phase === 'applying' || this.state.phase === 'rereading'
  }

  setSecret(api: string, header: string, value: string): void {
    const forApi = Object.fromEntries(
      Object.entries({ ...this.secrets[api], [header]: value }).filter(([, v]) => v !== ''),
    )
    this.secrets = { ...this.secrets, [api]: forApi }
    this.set({ filled: { ...this.state.filled, [api]: Object.keys(forApi) } })
  }

  setWithoutValues(api: string, without: boolean): void {
    const next = new Set(this.state.withoutValues)
    if (without) next.add(api)
    else next.delete(api)
    this.set({ withoutValues: next })
  }

  /** APIs to be created whose header values are neither all typed nor waived, with the headers still missing. */
  missingValues(): { api: string; headers: string[] }[] {
    return this.state.plan.steps
      .filter((s) => s.kind === 'api' && s.action !== 'unchanged' && (s.needsSecrets?.length ?? 0) > 0)
      .filter((s) => !this.state.withoutValues.has(s.key))
      .map((s) => ({
        api: s.key,
        headers: (s.needsSecrets ?? []).filter((h) => !(this.state.filled[s.key] ?? []).includes(h)),
      }))
      .filter((m) => m.headers.length > 0)
  }

  /** Whether Apply may start: something to write, not busy, every header value typed or waived. */
  canApply(): boolean {
    return this.state.phase === 'review' && this.state.plan.steps.some(isWrite) && this.missingValues().length === 0
  }

  async run(): Promise<void> {
    if (!this.canApply()) return
    await this.applyCurrent()
  }

  /** Re-reads the target, plans the same selection against it (what was applied is now unchanged), applies the rest. */
  async rerun(): Promise<void> {
    if (this.busy) return
    this.set({ phase: 'rereading', error: null })
    let target: AccountSnapshot
    try {
      target = await this.opts.readTarget(this.abort.signal)
    } catch (e) {
      this.set({ phase: 'finished', error: `Could not re-read ${this.state.plan.target}: ${errorMessage(e)}` })
      return
    }
    const plan = this.build(this.opts.source, target, this.opts.selection)
    this.set({ plan, progress: pendingProgress(plan), report: null })
    if (this.missingValues().length > 0) {
      // New header values are needed (e.g. an API deleted on the target meanwhile): back to review.
      this.set({ phase: 'review' })
      return
    }
    await this.applyCurrent()
  }

  dispose(): void {
    this.abort.abort()
    this.listeners.clear()
  }

  private async applyCurrent(): Promise<void> {
    const { plan } = this.state
    this.set({ phase: 'applying', error: null, report: null, progress: nextRunning(pendingProgress(plan), plan) })
    try {
      const report = await this.apply(
        plan,
        this.opts.source,
        { client: this.opts.targetClient },
        {
          secrets: this.secretsToSend(),
          signal: this.abort.signal,
          onStep: (id, outcome) => {
            if (this.abort.signal.aborted) return
            this.set({ progress: nextRunning({ ...this.state.progress, [id]: outcome }, plan) })
          },
        },
      )
      const progress: Record<string, StepProgress> = { ...this.state.progress }
      for (const s of report.steps) progress[s.id] = s.outcome
      this.set({ phase: 'finished', report, progress, runs: this.state.runs + 1 })
    } catch (e) {
      // The report could not be completed: what each step did is in `progress`; a re-run finishes the rest.
      const progress: Record<string, StepProgress> = {}
      for (const [id, p] of Object.entries(this.state.progress))
        progress[id] =
          p.status === 'running' || p.status === 'pending' ? { status: 'skipped', reason: 'Not reached.' } : p
      this.set({ phase: 'finished', error: errorMessage(e), progress, runs: this.state.runs + 1 })
    }
    if (!this.abort.signal.aborted) this.opts.onApplied?.()
  }

  /** Only the APIs that will be written, only the values typed (an API waived goes without). */
  private secretsToSend(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {}
    for (const [api, values] of Object.entries(this.secrets))
      if (!this.state.withoutValues.has(api) && Object.keys(values).length > 0) out[api] = values
    return out
  }
}

function pendingProgress(plan: Plan): Record<string, StepProgress> {
  const progress: Record<string, StepProgress> = {}
  for (const s of plan.steps)
    progress[s.id] = isWrite(s) ? { status: 'pending' } : { status: 'skipped', reason: 'Already the same.' }
  return progress
}

/** Steps run in plan order: the first pending write is the one running now. */
function nextRunning(progress: Record<string, StepProgress>, plan: Plan): Record<string, StepProgress> {
  if (Object.values(progress).some((p) => p.status === 'running')) return progress
  const next = plan.steps.find((s) => progress[s.id]?.status === 'pending')
  return next ? { ...progress, [next.id]: { status: 'running' } } : progress
}

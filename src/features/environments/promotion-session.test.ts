import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '@/api/http-client'
import type { AccountSnapshot, ApplyReport, Plan, PlanStep, StepOutcome } from '@/lib/account/model'
import { PromotionSession, type PromotionOptions } from './promotion-session'

const snapshot = (label: string): AccountSnapshot => ({
  connectionKey: label,
  label,
  readAt: 0,
  apis: [],
  assistants: [],
  routes: [],
  problems: [],
})

const step = (id: string, action: PlanStep['action'], extra: Partial<PlanStep> = {}): PlanStep => {
  const [kind, key] = id.split(':') as [PlanStep['kind'], string]
  return { id, kind, key, title: key, action, fields: [], dependsOn: [], ...extra }
}

const fullPlan: Plan = {
  source: 'staging',
  target: 'production',
  steps: [
    step('api:orders', 'create', { needsSecrets: ['Authorization'] }),
    step('assistant:helper', 'update', { dependsOn: ['api:orders'] }),
    step('route:helper|{}', 'unchanged'),
  ],
}

function setup(overrides: Partial<PromotionOptions> = {}) {
  const onApplied = vi.fn()
  const readTarget = vi.fn(async () => snapshot('production (re-read)'))
  const buildPlan = vi.fn((_source: AccountSnapshot, _target: AccountSnapshot, _selection: unknown): Plan => fullPlan)
  const applyPlan = vi.fn(
    async (
      plan: Plan,
      _s: AccountSnapshot,
      _t: { client: ApiClient },
      opts: { onStep?: (id: string, o: StepOutcome) => void } = {},
    ): Promise<ApplyReport> => {
      const steps = plan.steps.map((s) => ({
        id: s.id,
        title: s.title,
        action: s.action,
        outcome: (s.action === 'unchanged'
          ? { status: 'skipped', reason: 'Unchanged.' }
          : { status: 'done' }) satisfies StepOutcome as StepOutcome,
      }))
      for (const s of steps) opts.onStep?.(s.id, s.outcome)
      return { steps }
    },
  )
  const session = new PromotionSession({
    source: snapshot('staging'),
    target: snapshot('production'),
    targetClient: {} as ApiClient,
    selection: [{ kind: 'assistant', key: 'helper' }],
    readTarget,
    onApplied,
    buildPlan,
    applyPlan,
    ...overrides,
  })
  return { session, onApplied, readTarget, buildPlan, applyPlan }
}

describe('PromotionSession', () => {
  it('starts in review with the plan, marking what was pulled in as a dependency', () => {
    const { session } = setup()
    const s = session.getSnapshot()
    expect(s.phase).toBe('review')
    expect(s.picked.has('assistant:helper')).toBe(true)
    expect(s.picked.has('api:orders')).toBe(false)
    expect(s.progress['route:helper|{}']).toEqual({ status: 'skipped', reason: 'Already the same.' })
  })

  it('waits for header values (or a waiver) of APIs it creates, and never publishes the values', async () => {
    const { session, applyPlan } = setup()
    expect(session.missingValues()).toEqual([{ api: 'orders', headers: ['Authorization'] }])
    expect(session.canApply()).toBe(false)
    await session.run()
    expect(applyPlan).not.toHaveBeenCalled()

    session.setSecret('orders', 'Authorization', 'Bearer s3cret')
    expect(session.canApply()).toBe(true)
    expect(JSON.stringify(session.getSnapshot())).not.toContain('s3cret')
    expect(session.getSnapshot().filled).toEqual({ orders: ['Authorization'] })
    session.setSecret('orders', 'Authorization', '')
    expect(session.canApply()).toBe(false)
    session.setWithoutValues('orders', true)
    expect(session.canApply()).toBe(true)
  })

  it('applies with the typed values, follows each step, reports and lets the caller refresh', async () => {
    const { session, applyPlan, onApplied } = setup()
    session.setSecret('orders', 'Authorization', 'Bearer s3cret')
    const seen: string[] = []
    session.subscribe(() => {
      const p = session.getSnapshot().progress
      seen.push(`${p['api:orders']?.status}/${p['assistant:helper']?.status}`)
    })
    await session.run()
    expect(applyPlan.mock.calls[0]?.[3]).toMatchObject({ secrets: { orders: { Authorization: 'Bearer s3cret' } } })
    // The API runs first, then the assistant.
    expect(seen).toContain('running/pending')
    expect(seen).toContain('done/running')
    const s = session.getSnapshot()
    expect(s.phase).toBe('finished')
    expect(s.runs).toBe(1)
    expect(s.report?.steps.map((x) => x.outcome.status)).toEqual(['done', 'done', 'skipped'])
    expect(onApplied).toHaveBeenCalledTimes(1)
    // Done is done: a second run does nothing (a re-run re-reads first).
    await session.run()
    expect(applyPlan).toHaveBeenCalledTimes(1)
  })

  it('sends no values for an API created without them', async () => {
    const { session, applyPlan } = setup()
    session.setSecret('orders', 'Authorization', 'Bearer s3cret')
    session.setWithoutValues('orders', true)
    await session.run()
    expect(applyPlan.mock.calls[0]?.[3]).toMatchObject({ secrets: {} })
  })

  it('keeps the plan and the typed values after a failure, and a re-run applies only what is left', async () => {
    const failing = vi.fn(
      async (
        plan: Plan,
        _s: AccountSnapshot,
        _t: { client: ApiClient },
        opts: { onStep?: (id: string, o: StepOutcome) => void } = {},
      ) => {
        opts.onStep?.('api:orders', { status: 'done' })
        opts.onStep?.('assistant:helper', { status: 'failed', message: 'Server error (HTTP 500).' })
        return {
          steps: plan.steps.map((s) => ({
            id: s.id,
            title: s.title,
            action: s.action,
            outcome: (s.id === 'api:orders'
              ? { status: 'done' }
              : { status: 'failed', message: 'Server error (HTTP 500).' }) as StepOutcome,
          })),
        }
      },
    )
    const { session, readTarget, buildPlan } = setup({ applyPlan: failing })
    session.setSecret('orders', 'Authorization', 'Bearer s3cret')
    await session.run()
    expect(session.getSnapshot().progress['assistant:helper']).toEqual({
      status: 'failed',
      message: 'Server error (HTTP 500).',
    })
    expect(session.getSnapshot().plan).toBe(fullPlan)

    // The target now has the API: the re-built plan leaves only the assistant.
    const rest: Plan = { ...fullPlan, steps: [step('api:orders', 'unchanged'), step('assistant:helper', 'update')] }
    buildPlan.mockReturnValue(rest)
    const ok = setup().applyPlan
    failing.mockImplementation(ok)
    await session.rerun()
    expect(readTarget).toHaveBeenCalledTimes(1)
    expect(buildPlan.mock.calls.at(-1)?.[1].label).toBe('production (re-read)')
    expect(buildPlan.mock.calls.at(-1)?.[2]).toEqual([{ kind: 'assistant', key: 'helper' }])
    const s = session.getSnapshot()
    expect(s.plan).toBe(rest)
    expect(s.runs).toBe(2)
    expect(s.progress).toEqual({
      'api:orders': { status: 'skipped', reason: 'Unchanged.' },
      'assistant:helper': { status: 'done' },
    })
    // The typed value was still there for the re-run.
    expect(failing.mock.calls.at(-1)?.[3]).toMatchObject({ secrets: { orders: { Authorization: 'Bearer s3cret' } } })
  })

  it('says why when the whole run fails, keeping what was reported per step', async () => {
    const throwing = vi.fn(
      async (
        _p: Plan,
        _s: AccountSnapshot,
        _t: { client: ApiClient },
        opts: { onStep?: (id: string, o: StepOutcome) => void } = {},
      ) => {
        opts.onStep?.('api:orders', { status: 'done' })
        throw new Error('Network down')
      },
    )
    const { session } = setup({ applyPlan: throwing })
    session.setWithoutValues('orders', true)
    await session.run()
    const s = session.getSnapshot()
    expect(s.error).toBe('Network down')
    expect(s.progress['api:orders']).toEqual({ status: 'done' })
    expect(s.progress['assistant:helper']).toEqual({ status: 'skipped', reason: 'Not reached.' })
  })

  it('counts header values given beforehand (a bundle’s literal values) and sends them', async () => {
    const { session, applyPlan } = setup({ presetSecrets: { orders: { Authorization: 'Bearer from-file' } } })
    expect(session.getSnapshot().preset).toEqual({ orders: ['Authorization'] })
    expect(session.canApply()).toBe(true)
    await session.run()
    expect(applyPlan.mock.calls[0]?.[3]).toMatchObject({ secrets: { orders: { Authorization: 'Bearer from-file' } } })
  })

  it('reports a target that cannot be re-read', async () => {
    const { session } = setup({ readTarget: () => Promise.reject(new Error('HTTP 503')) })
    await session.rerun()
    expect(session.getSnapshot()).toMatchObject({ phase: 'finished', error: 'Could not re-read production: HTTP 503' })
  })
})

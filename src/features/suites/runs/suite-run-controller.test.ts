/** The controller with the real runner and store, a fake Evaluator and frames ticked by hand. */
import { describe, expect, it, vi } from 'vitest'
import type { Evaluator } from '@/lib/qa/evaluator'
import { suiteSchema } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import { manualFrames } from '@/lib/run/testing/manual-frames'

const db = new Map<string, unknown>()
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => structuredClone(db.get(key))),
  set: vi.fn(async (key: string, value: unknown) => void db.set(key, structuredClone(value))),
  del: vi.fn(async (key: string) => void db.delete(key)),
}))
const { SuiteRunsStore } = await import('@/lib/qa/suite-runs-store')
const { SuiteRunController } = await import('./suite-run-controller')

/** Each evaluate waits until the test answers it (or its signal aborts, as a real request would). */
function gatedEvaluator() {
  const waiting: { request: RunRequest; answer: (output: string) => void; signal: AbortSignal }[] = []
  const evaluator: Evaluator = {
    run: (request, signal) =>
      new Promise<RunRecord>((resolve) => {
        const answer = (output: string) => resolve(fakeRun({ assistant: request.assistant, output }))
        signal.addEventListener('abort', () => resolve(fakeRun({ assistant: request.assistant, end: 'cancel' })))
        waiting.push({ request, answer, signal })
      }),
  }
  return { evaluator, waiting }
}

const suite = suiteSchema.parse({
  format: 'assistants-console/suite',
  version: 1,
  id: 'suite',
  name: 'Suite',
  cases: ['a', 'b', 'c'].map((id) => ({
    id,
    name: `Case ${id}`,
    assistant: 'bot',
    assertions: [{ type: 'contains', value: 'yes' }],
  })),
})

let n = 0
async function setup() {
  const runs = new SuiteRunsStore(`conn-${++n}`, 'suite')
  await runs.ready()
  const frames = manualFrames()
  let hide = () => {}
  const controller = new SuiteRunController(runs, frames.scheduler, (cb) => {
    hide = cb
    return () => undefined
  })
  return { runs, frames, controller, hidePage: () => hide(), ...gatedEvaluator() }
}

const stored = (runId: string) =>
  db.get(`assistants-console:suites:runs:conn-${n}:suite:run:${runId}`) as { attempts: unknown[] } | undefined

const flush = () => new Promise((r) => setTimeout(r, 0))

describe('SuiteRunController', () => {
  it('lists the run at once, hands updates to the store once per frame, and persists it when it ends', async () => {
    const { runs, frames, controller, evaluator, waiting } = await setup()
    const { id, done } = controller.start({ suite, evaluator, connectionKey: 'conn', concurrency: 2, repeat: 2 })
    expect(controller.getSnapshot()).toEqual([{ id, caseIds: ['a', 'b', 'c'], total: 6, label: null }])
    expect(runs.getSnapshot().entries[0]).toMatchObject({ id, status: 'running' })
    await vi.waitFor(() => expect(waiting).toHaveLength(2))
    // Concurrency 2: two requests in flight.
    const listener = vi.fn()
    runs.subscribe(listener)
    waiting[0]?.answer('yes')
    waiting[1]?.answer('no')
    await vi.waitFor(() => expect(waiting).toHaveLength(4))
    expect(runs.peek(id)?.attempts).toHaveLength(0)
    expect(frames.pending()).toBe(1)
    frames.tick()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(
      runs
        .peek(id)
        ?.attempts.map((a) => a.status)
        .sort(),
    ).toEqual(['failed', 'passed'])
    for (let i = 2; i < 6; i++) {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(i))
      waiting[i]?.answer('yes')
    }
    const final = await done
    expect(final.status).toBe('finished')
    expect(final.attempts).toHaveLength(6)
    expect(frames.pending()).toBe(0)
    expect(controller.getSnapshot()).toEqual([])
    expect(runs.getSnapshot().entries[0]).toMatchObject({ id, status: 'finished' })
    await vi.waitFor(() => expect(db.has(`assistants-console:suites:runs:conn-${n}:suite:run:${id}`)).toBe(true))
  })

  it('writes what has finished when the page is hidden (a tab being closed), not on every update', async () => {
    const { frames, controller, evaluator, waiting, hidePage } = await setup()
    const { id, done } = controller.start({ suite, evaluator, connectionKey: 'conn', concurrency: 1, repeat: 1 })
    await vi.waitFor(() => expect(stored(id)?.attempts).toEqual([]))
    await vi.waitFor(() => expect(waiting).toHaveLength(1))
    waiting[0]?.answer('yes')
    await vi.waitFor(() => expect(waiting).toHaveLength(2))
    frames.tick()
    await flush()
    expect(stored(id)?.attempts).toHaveLength(0)
    hidePage()
    await vi.waitFor(() => expect(stored(id)?.attempts).toHaveLength(1))
    waiting[1]?.answer('yes')
    await vi.waitFor(() => expect(waiting).toHaveLength(3))
    waiting[2]?.answer('yes')
    await done
  })

  it('Stop aborts the requests in flight and ends the run as stopped', async () => {
    const { runs, controller, evaluator, waiting } = await setup()
    const { id, done } = controller.start({ suite, evaluator, connectionKey: 'conn', concurrency: 2, repeat: 1 })
    await vi.waitFor(() => expect(waiting).toHaveLength(2))
    controller.stop(id)
    expect(waiting.every((w) => w.signal.aborted)).toBe(true)
    const final = await done
    expect(final.status).toBe('stopped')
    expect(final.attempts.every((a) => a.status === 'cancelled')).toBe(true)
    await flush()
    // No third case was started after Stop.
    expect(waiting).toHaveLength(2)
    expect(runs.getSnapshot().entries[0]).toMatchObject({ id, status: 'stopped' })
  })

  it('runs only the chosen cases, with the assistant overrides and label', async () => {
    const { controller, evaluator, waiting } = await setup()
    const { done } = controller.start({
      suite,
      evaluator,
      connectionKey: 'conn',
      concurrency: 4,
      repeat: 1,
      caseIds: ['b'],
      assistantOverrides: { bot: 'bot-v2' },
      label: 'B',
    })
    await vi.waitFor(() => expect(waiting).toHaveLength(1))
    expect(waiting[0]?.request.assistant).toBe('bot-v2')
    waiting[0]?.answer('yes')
    const final = await done
    expect(final).toMatchObject({ label: 'B', caseIds: ['b'], assistantOverrides: { bot: 'bot-v2' } })
    expect(final.attempts.map((a) => a.caseId)).toEqual(['b'])
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createRun, type RunRecord } from '@/lib/run/run-model'
import type { AttemptStatus, CaseAttempt, SuiteRun } from './results'

// IndexedDB stand-in: what idb-keyval would keep across page loads.
const db = new Map<string, unknown>()
let failReads = false
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => {
    if (failReads) throw new Error('IndexedDB unavailable')
    return structuredClone(db.get(key))
  }),
  set: vi.fn(async (key: string, value: unknown) => void db.set(key, structuredClone(value))),
  del: vi.fn(async (key: string) => void db.delete(key)),
}))

const { SuiteRunsStore, SUITE_RUNS_LIMIT, suiteRunsFor, markStopped } = await import('./suite-runs-store')
const { entryPassRate, failedLastTime } = await import('./suite-runs-entry')

const record = (id: string, status: RunRecord['status']): RunRecord => ({
  ...createRun({
    id,
    connectionKey: 'conn',
    createdAt: 0,
    request: { assistant: 'a', conversationId: null, input: {}, transcript: null },
  }),
  status,
})

const attempt = (caseId: string, n: number, status: AttemptStatus, run: RunRecord['status'] = 'succeeded') =>
  ({
    caseId,
    attempt: n,
    status,
    run: record(`${caseId}-${n}`, run),
    assertions: [],
  }) satisfies CaseAttempt

const suiteRun = (id: string, attempts: CaseAttempt[] = [], status: SuiteRun['status'] = 'finished'): SuiteRun => ({
  id,
  suiteId: 'suite',
  suiteName: 'Suite',
  connectionKey: 'conn',
  assistantOverrides: {},
  label: null,
  startedAt: 1000,
  finishedAt: status === 'running' ? null : 2000,
  concurrency: 2,
  repeat: 1,
  status,
  attempts,
})

const INDEX = (c: string) => `assistants-console:suites:runs:${c}:suite`
const RUN = (c: string, id: string) => `${INDEX(c)}:run:${id}`

function loaded(store: InstanceType<typeof SuiteRunsStore>): Promise<void> {
  return store.ready()
}

/** Waits until the chained writes reached the index. */
async function persistedIds(c: string, ids: string[]): Promise<void> {
  await vi.waitFor(() =>
    expect(((db.get(INDEX(c)) as { entries: { id: string }[] } | undefined)?.entries ?? []).map((e) => e.id)).toEqual(
      ids,
    ),
  )
}

// Each test its own connection: writes of an earlier test may still be landing.
let c = ''
let n = 0
beforeEach(() => {
  c = `conn-${++n}`
  failReads = false
})

describe('SuiteRunsStore', () => {
  it('lists runs newest first with each case’s outcome, and replaces a run by id', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    s.put(suiteRun('r1', [attempt('a', 0, 'passed'), attempt('b', 0, 'failed')]), { persist: true })
    s.put(suiteRun('r2', [], 'running'), { persist: false })
    s.put(suiteRun('r2', [attempt('a', 0, 'passed'), attempt('a', 1, 'failed')], 'running'), { persist: false })
    const { entries } = s.getSnapshot()
    expect(entries.map((e) => e.id)).toEqual(['r2', 'r1'])
    expect(entries[1]?.cases).toEqual([
      { caseId: 'a', outcome: 'passed', passed: 1, total: 1 },
      { caseId: 'b', outcome: 'failed', passed: 0, total: 1 },
    ])
    expect(entries[0]?.cases).toEqual([{ caseId: 'a', outcome: 'flaky', passed: 1, total: 2 }])
    expect(s.peek('r2')?.attempts).toHaveLength(2)
  })

  it('writes only persisted runs; a new page load reads the index, then a whole run on demand', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    s.put(suiteRun('r1', [attempt('a', 0, 'passed')]), { persist: true })
    s.put(suiteRun('r2', [], 'running'), { persist: false })
    await persistedIds(c, ['r2', 'r1'])
    expect(db.has(RUN(c, 'r1'))).toBe(true)
    expect(db.has(RUN(c, 'r2'))).toBe(false)

    const again = new SuiteRunsStore(c, 'suite')
    await loaded(again)
    expect(again.getSnapshot().entries.map((e) => e.id)).toEqual(['r2', 'r1'])
    expect(again.peek('r1')).toBeUndefined()
    expect((await again.read('r1'))?.attempts).toHaveLength(1)
    expect(again.peek('r1')).toBeDefined()
    expect(await again.read('missing')).toBeUndefined()
    // Listed but never written whole (the tab closed before its first write).
    expect(await again.read('r2')).toBeUndefined()
  })

  it('brings back a run left running when the tab closed as stopped, unfinished attempts cancelled', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    s.put(suiteRun('live', [attempt('a', 0, 'passed'), attempt('b', 0, 'passed', 'running')], 'running'), {
      persist: true,
    })
    await persistedIds(c, ['live'])
    await vi.waitFor(() => expect(db.has(RUN(c, 'live'))).toBe(true))

    const again = new SuiteRunsStore(c, 'suite')
    await loaded(again)
    expect(again.getSnapshot().entries[0]?.status).toBe('stopped')
    const run = await again.read('live')
    expect(run?.status).toBe('stopped')
    expect(run?.finishedAt).toBe(1000)
    expect(run?.attempts.map((a) => a.status)).toEqual(['passed', 'cancelled'])
    expect(run?.attempts[1]?.run.status).toBe('failed')
    expect(run?.attempts[1]?.run.error?.code).toBe('interrupted')
  })

  it('caps the runs per suite, never drops the pinned baseline, and deletes what falls off', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    s.put(suiteRun('base'), { persist: true })
    s.pin('base')
    for (let i = 0; i < SUITE_RUNS_LIMIT + 3; i++) s.put(suiteRun(`r${i}`), { persist: true })
    const ids = s.getSnapshot().entries.map((e) => e.id)
    expect(ids).toHaveLength(SUITE_RUNS_LIMIT)
    expect(ids).toContain('base')
    expect(ids[0]).toBe(`r${SUITE_RUNS_LIMIT + 2}`)
    expect(ids).not.toContain('r0')
    expect(s.peek('r0')).toBeUndefined()
    await vi.waitFor(() => expect(db.has(RUN(c, 'r0'))).toBe(false))
    expect(db.has(RUN(c, 'base'))).toBe(true)
  })

  it('pins and unpins a baseline (persisted), and removing the baseline unpins it', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    s.put(suiteRun('r1'), { persist: true })
    s.put(suiteRun('r2'), { persist: true })
    s.pin('nope')
    expect(s.getSnapshot().baselineId).toBeNull()
    s.pin('r1')
    await vi.waitFor(() => expect((db.get(INDEX(c)) as { baselineId: string }).baselineId).toBe('r1'))
    const again = new SuiteRunsStore(c, 'suite')
    await loaded(again)
    expect(again.getSnapshot().baselineId).toBe('r1')
    again.remove('r1')
    expect(again.getSnapshot()).toMatchObject({ baselineId: null, entries: [{ id: 'r2' }] })
    await persistedIds(c, ['r2'])
    expect(db.has(RUN(c, 'r1'))).toBe(false)
  })

  it('never writes an index without the stored runs when a run starts during the load', async () => {
    db.set(INDEX(c), { version: 1, baselineId: 'old', entries: [{ ...suiteRun('old'), cases: [] }] })
    const s = new SuiteRunsStore(c, 'suite')
    s.put(suiteRun('new'), { persist: true })
    await loaded(s)
    expect(s.getSnapshot().entries.map((e) => e.id)).toEqual(['new', 'old'])
    expect(s.getSnapshot().baselineId).toBe('old')
    await persistedIds(c, ['new', 'old'])
  })

  it('works for the page without IndexedDB', async () => {
    failReads = true
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    expect(s.getSnapshot()).toEqual({ loaded: true, entries: [], baselineId: null })
    s.put(suiteRun('r1'), { persist: true })
    expect(await s.read('r1')).toBeDefined()
  })

  it('notifies subscribers on every change', async () => {
    const s = new SuiteRunsStore(c, 'suite')
    await loaded(s)
    const listener = vi.fn()
    const off = s.subscribe(listener)
    s.put(suiteRun('r1'), { persist: false })
    s.pin('r1')
    s.remove('r1')
    off()
    s.put(suiteRun('r2'), { persist: false })
    expect(listener).toHaveBeenCalledTimes(3)
  })
})

describe('markStopped', () => {
  it('leaves ended runs alone', () => {
    const run = suiteRun('r', [attempt('a', 0, 'passed')])
    expect(markStopped(run)).toBe(run)
  })
})

describe('entries', () => {
  it('pass rate counts a flaky case as not passed and ignores cancelled and pending cases', () => {
    const s = new SuiteRunsStore(`rate-${n}`, 'suite')
    s.put(
      suiteRun('r', [
        attempt('a', 0, 'passed'),
        attempt('b', 0, 'passed'),
        attempt('b', 1, 'failed'),
        attempt('c', 0, 'cancelled'),
      ]),
      { persist: false },
    )
    const entry = s.getSnapshot().entries[0]
    expect(entry && entryPassRate(entry)).toBe(0.5)
    expect(entryPassRate({ ...suiteRun('x'), cases: [] })).toBeNull()
  })

  it('"failed last time" reads the newest ended run', () => {
    const e = (
      id: string,
      status: SuiteRun['status'],
      outcomes: [string, 'passed' | 'failed' | 'flaky' | 'error'][],
    ) => ({
      ...suiteRun(id, [], status),
      cases: outcomes.map(([caseId, outcome]) => ({ caseId, outcome, passed: 0, total: 1 })),
    })
    expect(failedLastTime([])).toBeNull()
    expect(
      failedLastTime([
        e('now', 'running', [['x', 'failed']]),
        e('last', 'finished', [
          ['a', 'passed'],
          ['b', 'failed'],
          ['c', 'flaky'],
          ['d', 'error'],
        ]),
      ]),
    ).toEqual(['b', 'c', 'd'])
  })
})

describe('suiteRunsFor', () => {
  it('gives one store per connection and suite', () => {
    expect(suiteRunsFor('x', 's')).toBe(suiteRunsFor('x', 's'))
    expect(suiteRunsFor('x', 's')).not.toBe(suiteRunsFor('x', 't'))
    expect(suiteRunsFor('x', 's')).not.toBe(suiteRunsFor('y', 's'))
  })
})

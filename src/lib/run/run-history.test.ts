import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createRun, type RunRecord } from '@/lib/run/run-model'

// IndexedDB stand-in: what idb-keyval would keep across page loads.
const db = new Map<string, unknown>()
let failReads = false
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => {
    if (failReads) throw new Error('IndexedDB unavailable')
    return structuredClone(db.get(key))
  }),
  set: vi.fn(async (key: string, value: unknown) => void db.set(key, structuredClone(value))),
}))

const { RunHistory, HISTORY_LIMIT, historyFor } = await import('./run-history')

const run = (id: string, status: RunRecord['status'] = 'succeeded'): RunRecord => ({
  ...createRun({
    id,
    connectionKey: 'conn',
    createdAt: 0,
    request: { assistant: 'a', conversationId: null, input: {}, transcript: null },
  }),
  status,
})

/** Resolves once the history reports it has loaded. */
function loaded(history: InstanceType<typeof RunHistory>): Promise<void> {
  if (history.getSnapshot().loaded) return Promise.resolve()
  return new Promise((resolve) => {
    const off = history.subscribe(() => {
      if (history.getSnapshot().loaded) {
        off()
        resolve()
      }
    })
  })
}

/** Waits until the chained writes reached the store. */
async function persisted(key: string, ids: string[]): Promise<void> {
  await vi.waitFor(() => expect(((db.get(key) as RunRecord[] | undefined) ?? []).map((r) => r.id)).toEqual(ids))
}

const KEY = (c: string) => `assistants-console:playground:runs:${c}`

// Each test its own connection: writes of an earlier test may still be landing.
let c1 = ''
let c2 = ''
let n = 0
beforeEach(() => {
  c1 = `conn-${++n}`
  c2 = `other-${n}`
  failReads = false
})

describe('RunHistory', () => {
  it('keeps runs newest first, replaces a run by id in place, and caps the list', async () => {
    const h = new RunHistory(c1)
    await loaded(h)
    h.upsert(run('a'))
    h.upsert(run('b'))
    h.upsert({ ...run('a'), output: 'updated' })
    expect(h.getSnapshot().runs.map((r) => r.id)).toEqual(['b', 'a'])
    expect(h.find('a')?.output).toBe('updated')
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h.upsert(run(`n${i}`))
    expect(h.getSnapshot().runs).toHaveLength(HISTORY_LIMIT)
    expect(h.getSnapshot().runs[0]?.id).toBe(`n${HISTORY_LIMIT + 4}`)
    expect(h.find('a')).toBeUndefined()
  })

  it('persists per connection: a new page load sees its own runs only', async () => {
    const h = new RunHistory(c1)
    await loaded(h)
    h.upsert(run('a'))
    h.upsert(run('b'))
    await persisted(KEY(c1), ['b', 'a'])

    const again = new RunHistory(c1)
    await loaded(again)
    expect(again.getSnapshot().runs.map((r) => r.id)).toEqual(['b', 'a'])
    const other = new RunHistory(c2)
    await loaded(other)
    expect(other.getSnapshot().runs).toEqual([])
  })

  it('brings back a run that was still going when the page closed as failed ("interrupted")', async () => {
    db.set(KEY(c1), [run('live', 'running'), run('done', 'succeeded')])
    const h = new RunHistory(c1)
    await loaded(h)
    const [live, done] = h.getSnapshot().runs
    expect(live?.status).toBe('failed')
    expect(live?.error?.code).toBe('interrupted')
    expect(done?.status).toBe('succeeded')
  })

  it('puts runs made while loading before the stored ones', async () => {
    db.set(KEY(c1), [run('old')])
    const h = new RunHistory(c1)
    h.upsert(run('new'))
    await loaded(h)
    expect(h.getSnapshot().runs.map((r) => r.id)).toEqual(['new', 'old'])
  })

  it('remove and clear are persisted, and the last write wins', async () => {
    const h = new RunHistory(c1)
    await loaded(h)
    h.upsert(run('a'))
    h.upsert(run('b'))
    h.remove('a')
    await persisted(KEY(c1), ['b'])
    h.clear()
    await persisted(KEY(c1), [])
  })

  it('works for the page without IndexedDB', async () => {
    failReads = true
    const h = new RunHistory(c1)
    await loaded(h)
    expect(h.getSnapshot()).toEqual({ loaded: true, runs: [] })
    h.upsert(run('a'))
    expect(h.getSnapshot().runs.map((r) => r.id)).toEqual(['a'])
  })

  it('notifies subscribers on every change', async () => {
    const h = new RunHistory(c1)
    await loaded(h)
    const listener = vi.fn()
    const off = h.subscribe(listener)
    h.upsert(run('a'))
    h.remove('a')
    off()
    h.upsert(run('b'))
    expect(listener).toHaveBeenCalledTimes(2)
  })
})

describe('historyFor', () => {
  it('gives one history per connection for the page lifetime', () => {
    expect(historyFor('x')).toBe(historyFor('x'))
    expect(historyFor('x')).not.toBe(historyFor('y'))
  })
})

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook, act } from '@testing-library/react'
import type { Suite, TestCase } from './suite-format'

// IndexedDB stand-in: one Map per database, as idb-keyval's createStore would keep across page loads.
const dbs = new Map<string, Map<string, unknown>>()
let failAll = false
let failWrites = false
const dbOf = (store: unknown) => {
  const name = store as string
  if (!dbs.has(name)) dbs.set(name, new Map())
  return dbs.get(name) as Map<string, unknown>
}
vi.mock('idb-keyval', () => ({
  createStore: (dbName: string) => dbName,
  get: vi.fn(async (key: string, store: unknown) => structuredClone(dbOf(store).get(key))),
  set: vi.fn(async (key: string, value: unknown, store: unknown) => {
    if (failAll || failWrites) throw new Error('QuotaExceededError')
    dbOf(store).set(key, structuredClone(value))
  }),
  del: vi.fn(async (key: string, store: unknown) => {
    if (failAll || failWrites) throw new Error('QuotaExceededError')
    dbOf(store).delete(key)
  }),
  entries: vi.fn(async (store: unknown) => {
    if (failAll) throw new Error('IndexedDB unavailable')
    return [...dbOf(store).entries()].map(([k, v]) => [k, structuredClone(v)])
  }),
}))

const { SuiteStore, SuiteNotFoundError, useSuites, useSuite } = await import('./suite-store')

const testCase = (id: string, assistant = 'billing-bot'): TestCase => ({
  id,
  name: `Case ${id}`,
  assistant,
  conversation_id: null,
  transcript: null,
  input: {},
  assertions: [],
})

const suite = (id: string, cases: TestCase[] = []): Suite => ({
  format: 'assistants-console/suite',
  version: 1,
  id,
  name: `Suite ${id}`,
  cases,
})

let n = 0
let dbName = ''
let clock = 1000
const open = () => new SuiteStore({ dbName, now: () => ++clock })

beforeEach(() => {
  dbName = `db-${++n}`
  failAll = false
  failWrites = false
})

describe('SuiteStore', () => {
  it('creates, updates and lists suites newest change first, and a new page load reads them back', async () => {
    const store = open()
    const a = await store.create({ name: '  Routing  ', description: 'PUT categories' })
    const b = await store.create({ name: 'Billing' })
    expect(a.name).toBe('Routing')
    expect(a.id).not.toBe(b.id)
    expect((await store.list()).map((s) => s.name)).toEqual(['Billing', 'Routing'])
    await store.update(a.id, { name: 'Routing v2' })
    expect((await store.list()).map((s) => s.name)).toEqual(['Routing v2', 'Billing'])

    const again = open()
    expect((await again.list()).map((s) => s.name)).toEqual(['Routing v2', 'Billing'])
    expect((await again.get(a.id))?.description).toBe('PUT categories')
    const entry = again.entry(a.id)
    expect(entry && entry.updatedAt > entry.createdAt).toBe(true)
  })

  it('adds, updates, moves and deletes cases', async () => {
    const store = open()
    const s = await store.save(suite('s1'))
    await store.addCase(s.id, testCase('c1'))
    await store.addCase(s.id, testCase('c2'))
    await store.addCase(s.id, testCase('c0'), 0)
    const ids = async () => (await store.get('s1'))?.cases.map((c) => c.id)
    expect(await ids()).toEqual(['c0', 'c1', 'c2'])
    await store.moveCase('s1', 'c0', 1)
    expect(await ids()).toEqual(['c1', 'c0', 'c2'])
    await store.moveCase('s1', 'c2', 1) // past the end: nothing moves
    await store.moveCase('s1', 'c1', -1)
    expect(await ids()).toEqual(['c1', 'c0', 'c2'])
    await store.updateCase('s1', { ...testCase('c0'), name: 'Renamed' })
    expect((await store.get('s1'))?.cases[1]?.name).toBe('Renamed')
    await store.deleteCase('s1', 'c1')
    expect(await ids()).toEqual(['c0', 'c2'])
    expect((await open().get('s1'))?.cases.map((c) => c.id)).toEqual(['c0', 'c2'])
  })

  it('creates a suite with its first cases in one write, each with an id', async () => {
    const store = open()
    const s = await store.create({ name: 'With cases', cases: [testCase(''), testCase('c1'), testCase('c1')] })
    const ids = (await open().get(s.id))?.cases.map((c) => c.id) ?? []
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(3)
    expect(ids).toContain('c1')
  })

  it('gives an added case a fresh id when its id is taken or empty', async () => {
    const store = open()
    await store.save(suite('s1', [testCase('c1')]))
    const dup = await store.addCase('s1', testCase('c1'))
    const blank = await store.addCase('s1', testCase(''))
    expect(dup.id).not.toBe('c1')
    expect(blank.id).not.toBe('')
    expect(new Set((await store.get('s1'))?.cases.map((c) => c.id)).size).toBe(3)
  })

  it('applies quick successive changes in order without losing one', async () => {
    const store = open()
    await store.save(suite('s1'))
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => store.addCase('s1', testCase(id))))
    expect((await store.get('s1'))?.cases.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('refuses invalid suites and changes to missing suites or cases, and changes nothing then', async () => {
    const store = open()
    await expect(store.save({ ...suite('bad'), name: '' })).rejects.toThrow()
    await expect(store.save(suite('dup', [testCase('x'), testCase('x')]))).rejects.toThrow(/Duplicate case id/)
    await expect(store.addCase('missing', testCase('c'))).rejects.toBeInstanceOf(SuiteNotFoundError)
    await store.save(suite('s1'))
    await expect(store.updateCase('s1', testCase('nope'))).rejects.toBeInstanceOf(SuiteNotFoundError)
    expect((await store.list()).map((s) => s.id)).toEqual(['s1'])
  })

  it('a failed write shows nothing and keeps the previous state; the next change still works', async () => {
    const store = open()
    await store.save(suite('s1', [testCase('c1')]))
    failWrites = true
    await expect(store.deleteCase('s1', 'c1')).rejects.toThrow('QuotaExceededError')
    await expect(store.remove('s1')).rejects.toThrow()
    expect((await store.get('s1'))?.cases).toHaveLength(1)
    failWrites = false
    await store.addCase('s1', testCase('c2'))
    expect((await open().get('s1'))?.cases.map((c) => c.id)).toEqual(['c1', 'c2'])
  })

  it('removes a suite', async () => {
    const store = open()
    await store.save(suite('s1'))
    await store.save(suite('s2'))
    await store.remove('s1')
    expect((await store.list()).map((s) => s.id)).toEqual(['s2'])
    expect((await open().list()).map((s) => s.id)).toEqual(['s2'])
  })

  it('imports a whole suite: new refuses an existing id, replace overwrites, copy gets a new id and name', async () => {
    const store = open()
    await store.save(suite('s1', [testCase('old')]))
    const incoming = suite('s1', [testCase('a'), testCase('b')])
    await expect(store.importSuite(incoming, 'new')).rejects.toThrow(/already exists/)
    expect((await store.get('s1'))?.cases.map((c) => c.id)).toEqual(['old'])
    const copy = await store.importSuite(incoming, 'copy')
    expect(copy.id).not.toBe('s1')
    expect(copy.name).toBe('Suite s1 (copy)')
    await store.importSuite(incoming, 'replace')
    expect((await store.get('s1'))?.cases.map((c) => c.id)).toEqual(['a', 'b'])
    expect(await store.list()).toHaveLength(2)
  })

  it('lists the suites that cover an assistant', async () => {
    const store = open()
    await store.save(suite('s1', [testCase('a', 'router')]))
    await store.save(suite('s2', [testCase('b', 'billing')]))
    expect((await store.forAssistant('router')).map((s) => s.id)).toEqual(['s1'])
  })

  it('skips stored records that are not suites (tolerant reader) and counts them', async () => {
    const db = dbOf(dbName)
    db.set('s1', { suite: suite('s1'), createdAt: 1, updatedAt: 2 })
    db.set('junk', { suite: { name: 'no format' } })
    db.set('worse', 'text')
    const store = open()
    await store.ready()
    expect(store.getSnapshot()).toMatchObject({ loaded: true, unreadable: 2, persistent: true })
    expect((await store.list()).map((s) => s.id)).toEqual(['s1'])
  })

  it('reads the version another tab wrote (readFresh)', async () => {
    const mine = open()
    await mine.save(suite('s1'))
    const theirs = open()
    await theirs.update('s1', { name: 'Theirs' })
    expect((await mine.readFresh('s1'))?.name).toBe('Theirs')
  })

  it.runIf(typeof BroadcastChannel !== 'undefined')('shows what another tab wrote or deleted', async () => {
    const mine = open()
    await mine.save(suite('s1'))
    const theirs = open()
    await theirs.update('s1', { name: 'Theirs' })
    await vi.waitFor(() => expect(mine.entry('s1')?.suite.name).toBe('Theirs'))
    await theirs.remove('s1')
    await vi.waitFor(() => expect(mine.entry('s1')).toBeUndefined())
  })

  it('works for the page without IndexedDB', async () => {
    failAll = true
    const store = open()
    await store.ready()
    expect(store.getSnapshot().persistent).toBe(false)
    const s = await store.create({ name: 'In memory' })
    await store.addCase(s.id, testCase('c'))
    expect((await store.readFresh(s.id))?.cases).toHaveLength(1)
  })

  it('notifies subscribers on each change', async () => {
    const store = open()
    await store.ready()
    const listener = vi.fn()
    const off = store.subscribe(listener)
    await store.save(suite('s1'))
    await store.remove('s1')
    off()
    await store.save(suite('s2'))
    expect(listener).toHaveBeenCalledTimes(2)
  })
})

describe('useSuites / useSuite', () => {
  it('render the loaded suites and follow changes', async () => {
    dbOf(dbName).set('s1', { suite: suite('s1'), createdAt: 1, updatedAt: 1 })
    const store = open()
    const list = renderHook(() => useSuites(store))
    const one = renderHook(() => useSuite('s1', store))
    await act(() => store.ready())
    expect(list.result.current.entries.map((e) => e.suite.id)).toEqual(['s1'])
    expect(one.result.current?.suite.name).toBe('Suite s1')
    await act(() => store.update('s1', { name: 'Changed' }).then(() => undefined))
    expect(one.result.current?.suite.name).toBe('Changed')
    await act(() => store.remove('s1'))
    expect(one.result.current).toBeUndefined()
  })
})

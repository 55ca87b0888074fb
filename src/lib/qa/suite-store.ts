/**
 * QA suites in the browser (IndexedDB, one record per suite in a store of its
 * own). Suites are about assistant codes, not about a connection: the same
 * suite runs against staging, production or the mock, so they are not keyed by
 * connection identity.
 *
 * Every change goes through one queue: it reads the latest state, writes the
 * suite, and only then shows it, so a failed write changes nothing and two
 * quick changes never overwrite each other. Other tabs hear about each write
 * (BroadcastChannel) and re-read that suite.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval'
import { useSyncExternalStore } from 'react'
import { suiteSchema, type Suite, type TestCase } from './suite-format'

export interface SuiteEntry {
  suite: Suite
  createdAt: number
  updatedAt: number
}

export interface SuitesState {
  loaded: boolean
  /** Newest change first. */
  entries: SuiteEntry[]
  /** Stored records that no longer read as a suite (kept in IndexedDB, not shown). */
  unreadable: number
  /** False when IndexedDB is unavailable: suites then live for this page only. */
  persistent: boolean
}

export class SuiteNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists: it may have been deleted in another tab.`)
    this.name = 'SuiteNotFoundError'
  }
}

export type ImportMode = 'new' | 'replace' | 'copy'

const CHANNEL = 'assistants-console:suites'

function randomId(prefix: string): string {
  const uuid =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  return `${prefix}-${uuid.slice(0, 8)}`
}

function readEntry(value: unknown): SuiteEntry | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Partial<SuiteEntry>
  const parsed = suiteSchema.safeParse(v.suite)
  if (!parsed.success) return null
  const createdAt = typeof v.createdAt === 'number' ? v.createdAt : 0
  return { suite: parsed.data, createdAt, updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : createdAt }
}

const byUpdated = (a: SuiteEntry, b: SuiteEntry) => b.updatedAt - a.updatedAt

export class SuiteStore {
  private state: SuitesState = { loaded: false, entries: [], unreadable: 0, persistent: true }
  private readonly listeners = new Set<() => void>()
  private queue: Promise<unknown> = Promise.resolve()
  private readonly loading: Promise<void>
  private readonly db: UseStore
  private readonly channel: BroadcastChannel | null
  private readonly now: () => number

  constructor(opts: { dbName?: string; now?: () => number } = {}) {
    this.now = opts.now ?? Date.now
    this.db = createStore(opts.dbName ?? 'assistants-console-suites', 'suites')
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
    if (this.channel) this.channel.onmessage = (e: MessageEvent<{ id?: unknown }>) => void this.reread(e.data.id)
    this.loading = this.load()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SuitesState => this.state

  /** Resolves once the stored suites are read (route loaders await it). */
  ready(): Promise<void> {
    return this.loading
  }

  async list(): Promise<Suite[]> {
    await this.loading
    return this.state.entries.map((e) => e.suite)
  }

  async get(id: string): Promise<Suite | undefined> {
    await this.loading
    return this.entry(id)?.suite
  }

  entry(id: string): SuiteEntry | undefined {
    return this.state.entries.find((e) => e.suite.id === id)
  }

  /** Suites with at least one case for this assistant code (the draft-vs-live check offers these). */
  async forAssistant(code: string): Promise<Suite[]> {
    return (await this.list()).filter((s) => s.cases.some((c) => c.assistant === code))
  }

  /** The suite as IndexedDB holds it now (another tab may have changed it): the edit kit's version check. */
  async readFresh(id: string): Promise<Suite | undefined> {
    await this.loading
    if (!this.state.persistent) return this.entry(id)?.suite
    return readEntry(await get(id, this.db))?.suite
  }

  /** Creates or replaces a whole suite, validated (strict writer). */
  save(suite: Suite): Promise<Suite> {
    return this.change(suite.id, () => suiteSchema.parse(suite))
  }

  /** A new suite, with its first cases when given (one write: a suite never exists without them). */
  create(init: { name: string; description?: string; cases?: TestCase[] }): Promise<Suite> {
    const taken = new Set<string>()
    const cases = (init.cases ?? []).map((c) => {
      const id = c.id && !taken.has(c.id) ? c.id : newCaseIdIn(taken)
      taken.add(id)
      return { ...c, id }
    })
    const suite: Suite = {
      format: 'assistants-console/suite',
      version: 1,
      id: randomId('suite'),
      name: init.name.trim(),
      ...(init.description?.trim() ? { description: init.description.trim() } : {}),
      cases,
    }
    return this.save(suite)
  }

  /** Name, description or run defaults. */
  update(id: string, patch: Partial<Pick<Suite, 'name' | 'description' | 'defaults'>>): Promise<Suite> {
    return this.change(id, (s) => suiteSchema.parse({ ...this.need(s, 'The suite'), ...patch }))
  }

  remove(id: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.state.persistent) await del(id, this.db)
      this.apply(id, null)
    })
  }

  /** Adds a case (a new id if it has none or its id is taken), at the end or at `index`. */
  async addCase(suiteId: string, testCase: TestCase, index?: number): Promise<TestCase> {
    let added = testCase
    await this.change(suiteId, (s) => {
      const suite = this.need(s, 'The suite')
      const taken = new Set(suite.cases.map((c) => c.id))
      added = testCase.id && !taken.has(testCase.id) ? testCase : { ...testCase, id: newCaseIdIn(taken) }
      const cases = [...suite.cases]
      cases.splice(index ?? cases.length, 0, added)
      return suiteSchema.parse({ ...suite, cases })
    })
    return added
  }

  async updateCase(suiteId: string, testCase: TestCase): Promise<TestCase> {
    await this.change(suiteId, (s) => {
      const suite = this.need(s, 'The suite')
      if (!suite.cases.some((c) => c.id === testCase.id)) throw new SuiteNotFoundError('The case')
      return suiteSchema.parse({ ...suite, cases: suite.cases.map((c) => (c.id === testCase.id ? testCase : c)) })
    })
    return testCase
  }

  async deleteCase(suiteId: string, caseId: string): Promise<void> {
    await this.change(suiteId, (s) => {
      const suite = this.need(s, 'The suite')
      return { ...suite, cases: suite.cases.filter((c) => c.id !== caseId) }
    })
  }

  /** Moves a case by `delta` places (−1 up, +1 down); moves past either end change nothing. */
  async moveCase(suiteId: string, caseId: string, delta: number): Promise<void> {
    await this.change(suiteId, (s) => {
      const suite = this.need(s, 'The suite')
      const from = suite.cases.findIndex((c) => c.id === caseId)
      const to = from + delta
      if (from < 0 || to < 0 || to >= suite.cases.length) return suite
      const cases = [...suite.cases]
      const [moved] = cases.splice(from, 1)
      if (moved) cases.splice(to, 0, moved)
      return { ...suite, cases }
    })
  }

  /**
   * Imports a whole suite in one write (nothing half-imported). `new` refuses an id that exists,
   * `replace` overwrites it, `copy` stores it under a new id with "(copy)" after its name.
   */
  importSuite(suite: Suite, mode: ImportMode): Promise<Suite> {
    const copy = mode === 'copy' ? { ...suite, id: randomId('suite'), name: `${suite.name} (copy)` } : suite
    return this.change(copy.id, (existing) => {
      if (existing && mode === 'new') throw new Error(`A suite with id "${copy.id}" already exists.`)
      return suiteSchema.parse(copy)
    })
  }

  // ---- internals ------------------------------------------------------------------------------

  private need(suite: Suite | undefined, what: string): Suite {
    if (!suite) throw new SuiteNotFoundError(what)
    return suite
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.loading).then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Read-modify-write of one suite, in the queue: shown only once written. */
  private change(id: string, next: (current: Suite | undefined) => Suite): Promise<Suite> {
    return this.enqueue(async () => {
      const current = this.entry(id)
      const suite = next(current?.suite)
      const now = this.now()
      const entry: SuiteEntry = { suite, createdAt: current?.createdAt ?? now, updatedAt: now }
      if (this.state.persistent) await set(suite.id, entry, this.db)
      this.apply(suite.id, entry)
      return suite
    })
  }

  private apply(id: string, entry: SuiteEntry | null, broadcast = true): void {
    const others = this.state.entries.filter((e) => e.suite.id !== id)
    this.state = { ...this.state, entries: (entry ? [entry, ...others] : others).sort(byUpdated) }
    this.emit()
    if (broadcast) this.channel?.postMessage({ id })
  }

  private async reread(id: unknown): Promise<void> {
    if (typeof id !== 'string' || !this.state.persistent) return
    await this.enqueue(async () => {
      this.apply(id, readEntry(await get(id, this.db)), false)
    })
  }

  private async load(): Promise<void> {
    let stored: [IDBValidKey, unknown][] = []
    let persistent = true
    try {
      stored = await entries(this.db)
    } catch {
      persistent = false // IndexedDB unavailable (private mode): suites live for this page only.
    }
    const read = stored.map(([, value]) => readEntry(value))
    const found = read.filter((e): e is SuiteEntry => e !== null)
    this.state = { loaded: true, entries: found.sort(byUpdated), unreadable: read.length - found.length, persistent }
    this.emit()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

function newCaseIdIn(taken: Set<string>): string {
  let id = randomId('case')
  while (taken.has(id)) id = randomId('case')
  return id
}

/** The page's one store. */
export const suiteStore = new SuiteStore()

export function useSuites(store: SuiteStore = suiteStore): SuitesState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}

/** The suite's entry; undefined while loading or once it is gone. */
export function useSuite(id: string, store: SuiteStore = suiteStore): SuiteEntry | undefined {
  const state = useSuites(store)
  return state.entries.find((e) => e.suite.id === id)
}

/**
 * A suite's runs in IndexedDB (idb-keyval), per connection and suite, newest
 * first, capped, with one pinned baseline. Two kinds of records, so the list
 * stays cheap to write while a run of 200 cases × N attempts is kept whole:
 * - an index per suite: a small entry per run (status, per-case outcome) that
 *   the runs list, the trend and "failed last time" read;
 * - each run whole (outputs, timelines, verdicts), read when its results open.
 * A run still 'running' when the tab closed comes back as 'stopped', its
 * unfinished attempts as cancelled.
 */
import { del, get, set } from 'idb-keyval'
import { useCallback, useSyncExternalStore } from 'react'
import { markInterrupted } from '@/lib/run/run-model'
import type { SuiteRun } from './results'
import { entryOf, type SuiteRunEntry } from './suite-runs-entry'

export const SUITE_RUNS_LIMIT = 30
const PREFIX = 'assistants-console:suites:runs'
const indexKey = (connectionKey: string, suiteId: string) => `${PREFIX}:${connectionKey}:${suiteId}`
const runKey = (connectionKey: string, suiteId: string, runId: string) =>
  `${PREFIX}:${connectionKey}:${suiteId}:run:${runId}`

interface StoredIndex {
  version: 1
  baselineId: string | null
  entries: SuiteRunEntry[]
}

export interface SuiteRunsState {
  loaded: boolean
  /** Newest first. */
  entries: SuiteRunEntry[]
  baselineId: string | null
}

/** A run that cannot go on (the page that ran it is gone) is stopped; attempts it left unfinished are cancelled. */
export function markStopped(run: SuiteRun): SuiteRun {
  if (run.status !== 'running') return run
  return {
    ...run,
    status: 'stopped',
    finishedAt: run.finishedAt ?? run.startedAt,
    attempts: run.attempts.map((a) =>
      a.run.status === 'queued' || a.run.status === 'running'
        ? { ...a, status: 'cancelled', run: markInterrupted(a.run) }
        : a,
    ),
  }
}

export class SuiteRunsStore {
  private state: SuiteRunsState = { loaded: false, entries: [], baselineId: null }
  /** Whole runs read or made during this page's life. */
  private readonly runs = new Map<string, SuiteRun>()
  private readonly listeners = new Set<() => void>()
  /** Chained writes; the first waits for the load, so the index is never written without the stored runs. */
  private writes: Promise<void>
  private readonly loading: Promise<void>

  constructor(
    readonly connectionKey: string,
    readonly suiteId: string,
  ) {
    this.loading = this.load()
    this.writes = this.loading
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SuiteRunsState => this.state

  /** Resolves once the index has been read (route loaders await it). */
  ready(): Promise<void> {
    return this.loading
  }

  /** The whole run when it is in memory (made or read during this page's life). */
  peek(id: string): SuiteRun | undefined {
    return this.runs.get(id)
  }

  /** The whole run, read from IndexedDB when needed; undefined when this suite has no such run. */
  async read(id: string): Promise<SuiteRun | undefined> {
    await this.loading
    const known = this.runs.get(id)
    if (known) return known
    if (!this.state.entries.some((e) => e.id === id)) return undefined
    let stored: SuiteRun | undefined
    try {
      stored = (await get(runKey(this.connectionKey, this.suiteId, id))) as SuiteRun | undefined
    } catch {
      stored = undefined
    }
    if (!stored) return undefined
    // Read while another read of the same run was in flight, or while the run was going on in this page.
    const now = this.runs.get(id)
    if (now) return now
    const run = markStopped(stored)
    this.runs.set(id, run)
    this.emit()
    return run
  }

  /**
   * Adds or replaces a run (by id) in memory and notifies; with `persist`, writes it and the
   * index. The runner calls it once per frame while a run goes on, persisting at its start and end.
   */
  put(run: SuiteRun, { persist }: { persist: boolean }): void {
    this.runs.set(run.id, run)
    const entry = entryOf(run)
    const exists = this.state.entries.some((e) => e.id === run.id)
    const entries = exists
      ? this.state.entries.map((e) => (e.id === run.id ? entry : e))
      : [entry, ...this.state.entries]
    this.setEntries(entries, this.state.baselineId, persist ? [run] : [])
  }

  /** Pins a run as the suite's baseline (null unpins); flips are counted against it. */
  pin(id: string | null): void {
    if (id !== null && !this.state.entries.some((e) => e.id === id)) return
    this.setEntries(this.state.entries, id, [])
  }

  remove(id: string): void {
    this.runs.delete(id)
    const baselineId = this.state.baselineId === id ? null : this.state.baselineId
    this.setEntries(
      this.state.entries.filter((e) => e.id !== id),
      baselineId,
      [],
      [id],
    )
  }

  /** Keeps the newest runs and the baseline; what falls off is deleted from IndexedDB too. */
  private setEntries(all: SuiteRunEntry[], baselineId: string | null, write: SuiteRun[], dropped: string[] = []): void {
    const entries: SuiteRunEntry[] = []
    let room = SUITE_RUNS_LIMIT - (baselineId !== null && all.some((e) => e.id === baselineId) ? 1 : 0)
    const evicted = [...dropped]
    for (const e of all) {
      if (e.id === baselineId) entries.push(e)
      else if (room > 0) {
        entries.push(e)
        room -= 1
      } else evicted.push(e.id)
    }
    for (const id of evicted) this.runs.delete(id)
    const indexChanged = write.length > 0 || evicted.length > 0 || baselineId !== this.state.baselineId
    this.state = { loaded: this.state.loaded, entries, baselineId }
    this.emit()
    // Per-frame updates of a run going on stay in memory: the index is written at its start and end.
    if (indexChanged) this.persist(write, evicted)
  }

  private persist(write: SuiteRun[], evicted: string[]): void {
    const { connectionKey, suiteId } = this
    // Writes are chained so an older index never lands after a newer one; the index is read
    // when the write runs, so several changes in a row cost one write of the latest.
    this.writes = this.writes
      .then(async () => {
        for (const run of write) await set(runKey(connectionKey, suiteId, run.id), run)
        for (const id of evicted) await del(runKey(connectionKey, suiteId, id))
        const index: StoredIndex = { version: 1, baselineId: this.state.baselineId, entries: this.state.entries }
        await set(indexKey(connectionKey, suiteId), index)
      })
      .catch(() => undefined)
  }

  private async load(): Promise<void> {
    let stored: StoredIndex | undefined
    try {
      stored = (await get(indexKey(this.connectionKey, this.suiteId))) as StoredIndex | undefined
    } catch {
      stored = undefined // IndexedDB unavailable (private mode): runs live for this page only.
    }
    const storedEntries = stored?.version === 1 && Array.isArray(stored.entries) ? stored.entries : []
    // Runs made while loading are newer than anything stored.
    const known = new Set(this.state.entries.map((e) => e.id))
    const entries = [
      ...this.state.entries,
      ...storedEntries
        .filter((e) => !known.has(e.id))
        .map((e) => (e.status === 'running' ? { ...e, status: 'stopped' as const } : e)),
    ]
    const baselineId = this.state.baselineId ?? stored?.baselineId ?? null
    this.state = { loaded: true, entries, baselineId: entries.some((e) => e.id === baselineId) ? baselineId : null }
    this.emit()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

const stores = new Map<string, SuiteRunsStore>()

/** One store per connection and suite for the page's lifetime. */
export function suiteRunsFor(connectionKey: string, suiteId: string): SuiteRunsStore {
  const key = `${connectionKey}\u0000${suiteId}`
  let store = stores.get(key)
  if (!store) {
    store = new SuiteRunsStore(connectionKey, suiteId)
    stores.set(key, store)
  }
  return store
}

export function useSuiteRuns(store: SuiteRunsStore): SuiteRunsState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}

/** One whole run, live while it goes on in this page (re-renders at most once per frame: the runner batches). */
export function useSuiteRunRecord(store: SuiteRunsStore, id: string): SuiteRun | undefined {
  const getSnapshot = useCallback(() => store.peek(id), [store, id])
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

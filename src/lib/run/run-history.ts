/**
 * Run history in IndexedDB (idb-keyval), per connection, newest first, capped.
 * Records hold the inputs, output and timeline of each run, never a token.
 * Runs still going when the page closed come back as failed ("interrupted").
 */
import { get, set } from 'idb-keyval'
import { useSyncExternalStore } from 'react'
import { markInterrupted, type RunRecord } from '@/lib/run/run-model'

export const HISTORY_LIMIT = 50
const keyFor = (connectionKey: string) => `assistants-console:playground:runs:${connectionKey}`

export interface HistoryState {
  loaded: boolean
  runs: RunRecord[]
}

export class RunHistory {
  private state: HistoryState = { loaded: false, runs: [] }
  private readonly listeners = new Set<() => void>()
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly connectionKey: string) {
    void this.load()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): HistoryState => this.state

  find(id: string): RunRecord | undefined {
    return this.state.runs.find((r) => r.id === id)
  }

  /** Adds or replaces a run (by id) and persists the list. */
  upsert(run: RunRecord): void {
    const others = this.state.runs.filter((r) => r.id !== run.id)
    const exists = others.length !== this.state.runs.length
    const runs = exists
      ? this.state.runs.map((r) => (r.id === run.id ? run : r))
      : [run, ...others].slice(0, HISTORY_LIMIT)
    this.update(runs)
  }

  remove(id: string): void {
    this.update(this.state.runs.filter((r) => r.id !== id))
  }

  clear(): void {
    this.update([])
  }

  private update(runs: RunRecord[]): void {
    this.state = { loaded: this.state.loaded, runs }
    this.emit()
    // Writes are chained so an older list never lands after a newer one.
    this.writes = this.writes.then(() => set(keyFor(this.connectionKey), runs)).catch(() => undefined)
  }

  private async load(): Promise<void> {
    let stored: RunRecord[] = []
    try {
      stored = ((await get(keyFor(this.connectionKey))) as RunRecord[] | undefined) ?? []
    } catch {
      stored = [] // IndexedDB unavailable (private mode): history lives for this page only.
    }
    // Runs made while loading are newer than anything stored.
    const known = new Set(this.state.runs.map((r) => r.id))
    const runs = [...this.state.runs, ...stored.filter((r) => !known.has(r.id)).map(markInterrupted)].slice(
      0,
      HISTORY_LIMIT,
    )
    this.state = { loaded: true, runs }
    this.emit()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

const histories = new Map<string, RunHistory>()

/** One history per connection for the page's lifetime. */
export function historyFor(connectionKey: string): RunHistory {
  let history = histories.get(connectionKey)
  if (!history) {
    history = new RunHistory(connectionKey)
    histories.set(connectionKey, history)
  }
  return history
}

export function useHistoryState(history: RunHistory): HistoryState {
  return useSyncExternalStore(history.subscribe, history.getSnapshot, history.getSnapshot)
}

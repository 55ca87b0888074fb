/**
 * The displayed run, outside React state: deltas are collected as they arrive
 * and applied once per animation frame, so 5,000 chunks cost at most one render
 * per frame, and only of the components that read what changed
 * (useRunSelector with useSyncExternalStore).
 */
import { useCallback, useSyncExternalStore } from 'react'
import { runReducer, type RunAction, type RunRecord } from '@/lib/run/run-model'

type Scheduler = { request: (cb: () => void) => number; cancel: (handle: number) => void }

const animationFrame: Scheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
}

export class RunStore {
  private run: RunRecord | null = null
  private pending: { at: number; text: string; count: number } | null = null
  private frame: number | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly scheduler: Scheduler = animationFrame) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RunRecord | null => this.run

  /** Shows another run (a new one, or one re-opened from history); pending deltas of the previous one are dropped. */
  load(run: RunRecord | null): void {
    this.dropPending()
    this.run = run
    this.emit()
  }

  dispatch(action: RunAction): void {
    if (!this.run) return
    if (action.type === 'delta') {
      this.pending = this.pending
        ? { at: this.pending.at, text: this.pending.text + action.text, count: this.pending.count + action.count }
        : { at: action.at, text: action.text, count: action.count }
      this.frame ??= this.scheduler.request(() => {
        this.frame = null
        this.flush()
      })
      return
    }
    // Anything else keeps the order: the text that arrived before it lands first.
    this.flush(false)
    this.run = runReducer(this.run, action)
    this.emit()
  }

  /** Applies the collected deltas now. */
  flush(emit = true): void {
    if (this.frame !== null) this.scheduler.cancel(this.frame)
    this.frame = null
    const pending = this.pending
    this.pending = null
    if (!pending || !this.run) return
    this.run = runReducer(this.run, { type: 'delta', ...pending })
    if (emit) this.emit()
  }

  private dropPending(): void {
    if (this.frame !== null) this.scheduler.cancel(this.frame)
    this.frame = null
    this.pending = null
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

/** Subscribes a component to one slice of the displayed run; it re-renders only when that slice changes. */
export function useRunSelector<T>(store: RunStore, select: (run: RunRecord | null) => T): T {
  const getSnapshot = useCallback(() => select(store.getSnapshot()), [store, select])
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

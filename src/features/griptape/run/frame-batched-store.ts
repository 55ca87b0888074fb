/**
 * A reducer's state outside React, updated at most once per animation frame:
 * actions are queued as they arrive (a stream may send hundreds a second) and
 * applied together, so each frame costs one render of the components whose
 * slice changed (useStoreSelector with useSyncExternalStore). The playground's
 * RunStore is this with its own reducer and delta merging built in.
 */
import { useCallback, useSyncExternalStore } from 'react'

export interface FrameScheduler {
  request: (cb: () => void) => number
  cancel: (handle: number) => void
}

const animationFrame: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
}

export class FrameBatchedStore<S, A> {
  private state: S
  private queue: A[] = []
  private frame: number | null = null
  private readonly listeners = new Set<() => void>()

  constructor(
    initial: S,
    private readonly reducer: (state: S, action: A) => S,
    private readonly scheduler: FrameScheduler = animationFrame,
  ) {
    this.state = initial
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): S => this.state

  dispatch(action: A): void {
    this.queue.push(action)
    this.frame ??= this.scheduler.request(() => {
      this.frame = null
      this.flush()
    })
  }

  /** Applies what is queued now (e.g. before reading the state to decide something). */
  flush(): void {
    if (this.frame !== null) this.scheduler.cancel(this.frame)
    this.frame = null
    if (this.queue.length === 0) return
    const queued = this.queue
    this.queue = []
    const before = this.state
    for (const action of queued) this.state = this.reducer(this.state, action)
    if (this.state !== before) for (const listener of this.listeners) listener()
  }

  /** Drops what is queued and stops listening for frames. */
  dispose(): void {
    if (this.frame !== null) this.scheduler.cancel(this.frame)
    this.frame = null
    this.queue = []
  }
}

/** Subscribes a component to one slice of the store; it re-renders only when that slice changes. */
export function useStoreSelector<S, A, T>(store: FrameBatchedStore<S, A>, select: (state: S) => T): T {
  const getSnapshot = useCallback(() => select(store.getSnapshot()), [store, select])
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

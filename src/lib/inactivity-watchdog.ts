/**
 * Notices when a run has received nothing for too long (a server that keeps the
 * connection open but stopped sending). Activity only moves a timestamp, so
 * thousands of chunks cost no timer churn: the one timer re-arms itself for the
 * time left when it fires early.
 */
export interface Timers {
  now(): number
  /** Runs `cb` after `ms`; returns a function that cancels it. */
  after(ms: number, cb: () => void): () => void
}

const realTimers: Timers = {
  now: () => performance.now(),
  after: (ms, cb) => {
    const handle = setTimeout(cb, ms)
    return () => clearTimeout(handle)
  },
}

export interface Watchdog {
  /** Something arrived: the silence starts again from now. */
  touch(): void
  stop(): void
}

/** Calls `onIdle` once, when `timeoutMs` pass without a `touch`. A timeout of 0 or less, or Infinity, never fires. */
export function watchInactivity(timeoutMs: number, onIdle: () => void, timers: Timers = realTimers): Watchdog {
  let last = timers.now()
  let cancel: (() => void) | null = null
  const arm = (ms: number) => {
    cancel = timers.after(ms, check)
  }
  function check() {
    cancel = null
    const idle = timers.now() - last
    if (idle >= timeoutMs) onIdle()
    else arm(timeoutMs - idle)
  }
  if (timeoutMs > 0 && Number.isFinite(timeoutMs)) arm(timeoutMs)
  return {
    touch: () => {
      last = timers.now()
    },
    stop: () => {
      cancel?.()
      cancel = null
    },
  }
}

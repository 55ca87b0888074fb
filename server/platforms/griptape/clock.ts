/**
 * Time for the Griptape mock: `now()` and one-shot timers. The real clock's
 * timers are unref'd, so a pending run never keeps the process alive; tests
 * use ManualClock and move time themselves.
 */

export type CancelTimer = () => void

export interface Clock {
  now(): number
  setTimer(fn: () => void, ms: number): CancelTimer
}

export function realClock(now: () => number = Date.now): Clock {
  return {
    now,
    setTimer(fn, ms) {
      const timer = setTimeout(fn, Math.max(0, ms))
      timer.unref()
      return () => clearTimeout(timer)
    },
  }
}

interface Pending {
  at: number
  seq: number
  fn: () => void
}

/** A clock that moves only when told: `advance(ms)` runs every timer due by then, in order. */
export class ManualClock implements Clock {
  private time: number
  private seq = 0
  private pending: Pending[] = []

  constructor(start = Date.UTC(2025, 5, 2, 9, 0, 0)) {
    this.time = start
  }

  now(): number {
    return this.time
  }

  setTimer(fn: () => void, ms: number): CancelTimer {
    const entry: Pending = { at: this.time + Math.max(0, ms), seq: (this.seq += 1), fn }
    this.pending.push(entry)
    return () => {
      this.pending = this.pending.filter((p) => p !== entry)
    }
  }

  /** Timers still waiting (a disposed app leaves none). */
  get pendingCount(): number {
    return this.pending.length
  }

  advance(ms: number): void {
    const until = this.time + ms
    for (;;) {
      const next = this.pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0]
      if (!next) break
      this.pending = this.pending.filter((p) => p !== next)
      this.time = Math.max(this.time, next.at)
      next.fn()
    }
    this.time = until
  }
}

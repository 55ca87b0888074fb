import { describe, expect, it, vi } from 'vitest'
import { watchInactivity, type Timers } from '@/lib/inactivity-watchdog'

/** A clock the test moves by hand. */
function manualTimers() {
  let now = 0
  let pending: { due: number; cb: () => void }[] = []
  const timers: Timers = {
    now: () => now,
    after: (ms, cb) => {
      const entry = { due: now + ms, cb }
      pending.push(entry)
      return () => {
        pending = pending.filter((p) => p !== entry)
      }
    },
  }
  const advance = (ms: number) => {
    const until = now + ms
    for (;;) {
      const next = pending.filter((p) => p.due <= until).sort((a, b) => a.due - b.due)[0]
      if (!next) break
      pending = pending.filter((p) => p !== next)
      now = next.due
      next.cb()
    }
    now = until
  }
  return { timers, advance, pending: () => pending.length }
}

describe('watchInactivity', () => {
  it('fires once after the timeout with no activity', () => {
    const { timers, advance } = manualTimers()
    const idle = vi.fn()
    watchInactivity(1000, idle, timers)
    advance(999)
    expect(idle).not.toHaveBeenCalled()
    advance(1)
    expect(idle).toHaveBeenCalledTimes(1)
    advance(5000)
    expect(idle).toHaveBeenCalledTimes(1)
  })

  it('activity restarts the silence, with one timer however many touches', () => {
    const { timers, advance, pending } = manualTimers()
    const idle = vi.fn()
    const dog = watchInactivity(1000, idle, timers)
    for (let i = 0; i < 50; i += 1) {
      advance(100)
      dog.touch()
    }
    expect(pending()).toBe(1)
    expect(idle).not.toHaveBeenCalled()
    advance(999)
    expect(idle).not.toHaveBeenCalled()
    advance(1)
    expect(idle).toHaveBeenCalledTimes(1)
  })

  it('stop cancels it; a timeout of 0 or Infinity never fires', () => {
    const { timers, advance, pending } = manualTimers()
    const idle = vi.fn()
    watchInactivity(1000, idle, timers).stop()
    watchInactivity(0, idle, timers)
    watchInactivity(Infinity, idle, timers)
    expect(pending()).toBe(0)
    advance(10_000)
    expect(idle).not.toHaveBeenCalled()
  })
})

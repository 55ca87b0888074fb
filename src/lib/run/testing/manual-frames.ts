/** A frame scheduler for tests: callbacks queue until the test ticks a frame by hand. */
export function manualFrames() {
  const queue = new Map<number, () => void>()
  let next = 0
  return {
    scheduler: {
      request: (cb: () => void) => {
        next += 1
        queue.set(next, cb)
        return next
      },
      cancel: (h: number) => void queue.delete(h),
    },
    tick: () => {
      const cbs = [...queue.values()]
      queue.clear()
      for (const cb of cbs) cb()
    },
    pending: () => queue.size,
  }
}

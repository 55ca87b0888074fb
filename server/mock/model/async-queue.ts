/** A minimal push/pull queue: lets callbacks (tool hooks) feed an async generator as events happen. */
export class AsyncQueue<T> {
  private readonly items: T[] = []
  private wake: (() => void) | null = null
  private closed = false

  push(item: T): void {
    this.items.push(item)
    this.notify()
  }

  close(): void {
    this.closed = true
    this.notify()
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift() as T
      if (this.closed) return
      await new Promise<void>((resolve) => {
        this.wake = resolve
      })
    }
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}

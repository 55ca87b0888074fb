/**
 * One registry of things to close (servers, browsers), so the runner can close
 * everything on success, on failure, on Ctrl+C and on the global time limit.
 */
type Closer = { name: string; close: () => Promise<void> | void }

const closers: Closer[] = []

export function onCleanup(name: string, close: () => Promise<void> | void): () => void {
  const entry = { name, close }
  closers.push(entry)
  return () => {
    const i = closers.indexOf(entry)
    if (i >= 0) closers.splice(i, 1)
  }
}

/** Closes everything registered, newest first; each closer gets a bounded time. */
export async function cleanupAll(): Promise<void> {
  while (closers.length > 0) {
    const entry = closers.pop() as Closer
    try {
      await withTimeout(Promise.resolve(entry.close()), 10_000, `closing ${entry.name}`)
    } catch (error) {
      console.error(`  ! could not close ${entry.name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

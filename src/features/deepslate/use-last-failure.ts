/**
 * Remembers the last error thrown by a request the edit kit runs (save, the
 * version check), only so the page can show its traceId under the kit's
 * banner: the kit shows messages, not the error object.
 */
import { useState } from 'react'

export function useLastFailure() {
  const [error, setError] = useState<unknown>(null)
  const track =
    <A extends unknown[], T>(run: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      setError(null)
      try {
        return await run(...args)
      } catch (e) {
        setError(e)
        throw e
      }
    }
  return { error, track, clear: () => setError(null) }
}

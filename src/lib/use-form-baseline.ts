/**
 * After a save, an edit form is remounted with the server's answer as its new
 * baseline. The answer is used directly: the query cache reaches components a
 * moment after the mutation resolves, and remounting from it could show the
 * old values again.
 */
import { useState } from 'react'

export function useFormBaseline<T>(current: T): { key: number; baseline: T; saved: (record: T) => void } {
  const [state, setState] = useState<{ key: number; record: T | null }>({ key: 0, record: null })
  return {
    key: state.key,
    // Read by the form only when it mounts (key changes), so a later refetch is not masked for long.
    baseline: state.record ?? current,
    saved: (record) => setState((s) => ({ key: s.key + 1, record })),
  }
}

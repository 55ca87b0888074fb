/**
 * Local drafts of unsaved form edits, in IndexedDB (idb-keyval), so an edit
 * survives a reload, a closed tab or a crash. Callers must strip secrets before
 * saving (e.g. API header values): a draft is plain browser storage.
 */
import { del, get, set } from 'idb-keyval'
import { useEffect, useRef } from 'react'

export interface Draft<T> {
  values: T
  /** The server version the edit started from (to warn when the server changed since). */
  base: unknown
  savedAt: number
}

const prefix = 'assistants-console:draft:'

export function draftKey(connectionKey: string, ...parts: (string | number)[]): string {
  return `${prefix}${connectionKey}:${parts.join(':')}`
}

export async function loadDraft<T>(key: string): Promise<Draft<T> | null> {
  try {
    return ((await get(key)) as Draft<T> | undefined) ?? null
  } catch {
    return null // IndexedDB unavailable (private mode): drafts are best-effort.
  }
}

export async function saveDraft<T>(key: string, draft: Draft<T>): Promise<void> {
  try {
    await set(key, draft)
  } catch {
    // Best-effort, see loadDraft.
  }
}

export async function clearDraft(key: string): Promise<void> {
  try {
    await del(key)
  } catch {
    // Best-effort, see loadDraft.
  }
}

/** Saves `values` as a draft (debounced) while `dirty`; removes it when the form is clean again. */
export function useAutosaveDraft<T>(key: string, values: T, dirty: boolean, base: unknown, delayMs = 400): void {
  const latest = useRef({ values, base })
  useEffect(() => {
    latest.current = { values, base }
  })
  useEffect(() => {
    if (!dirty) {
      void clearDraft(key)
      return
    }
    const t = setTimeout(() => void saveDraft(key, { ...latest.current, savedAt: Date.now() }), delayMs)
    return () => clearTimeout(t)
  }, [key, values, dirty, delayMs])
}

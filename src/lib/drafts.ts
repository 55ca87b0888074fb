/**
 * Local drafts of unsaved form edits, in IndexedDB (idb-keyval), so an edit
 * survives a reload, a closed tab or a crash. Keyed by the connection's stable
 * identity (platform + environment + client), never by the in-memory cache
 * scope, so re-applying the same connection finds its drafts again. Callers
 * strip secrets before saving (e.g. API header values): a draft is plain
 * browser storage.
 */
import { del, get, set } from 'idb-keyval'

export interface Draft<T> {
  values: T
  /** The server version the edit started from (to detect that the server changed since). */
  base: unknown
  savedAt: number
}

const prefix = 'assistants-console:draft:'

export function draftKey(connectionIdentity: string, ...parts: (string | number)[]): string {
  return `${prefix}${connectionIdentity}:${parts.join(':')}`
}

export async function loadDraft<T>(key: string): Promise<Draft<T> | null> {
  try {
    const stored = (await get(key)) as Draft<T> | undefined
    return stored && typeof stored === 'object' && 'values' in stored ? stored : null
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

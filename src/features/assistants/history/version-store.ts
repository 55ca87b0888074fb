/**
 * Earlier versions of an assistant, kept in IndexedDB per connection identity
 * and assistant: each save made from this console stores the version it
 * replaced, when, and what changed. Newest first, capped. Only what the form
 * edits is kept (no ids or server-only fields), so a restore is a form load.
 */
import { get, set } from 'idb-keyval'
import { useSyncExternalStore } from 'react'
import type { Assistant } from '@/contract/assistant'
import { diffFormValues, FIELD_LABELS, toFormValues, type AssistantFormValues } from '../assistant-form-schema'

export const VERSION_LIMIT = 50

export interface AssistantVersion {
  id: string
  /** When it was replaced (the save that replaced it). */
  replacedAt: number
  values: AssistantFormValues
  /** Labels of the fields the replacing save changed, e.g. ["Instructions", "Temperature"]. */
  changed: string[]
}

export interface VersionsState {
  loaded: boolean
  versions: AssistantVersion[]
}

const keyFor = (identity: string, code: string) => `assistants-console:versions:${identity}:${code}`

export class VersionStore {
  private state: VersionsState = { loaded: false, versions: [] }
  private readonly listeners = new Set<() => void>()
  private writes: Promise<void> = Promise.resolve()
  readonly ready: Promise<void>

  constructor(private readonly key: string) {
    this.ready = this.load()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): VersionsState => this.state

  find(id: string): AssistantVersion | undefined {
    return this.state.versions.find((v) => v.id === id)
  }

  /** Keeps `replaced` as a version, summarised by what `saved` changed. A save that changed nothing keeps nothing. */
  record(replaced: Assistant, saved: Assistant, at = Date.now()): AssistantVersion | null {
    const values = toFormValues(replaced)
    const changed = diffFormValues(values, toFormValues(saved)).map((c) => FIELD_LABELS[c.field])
    if (changed.length === 0) return null
    const version: AssistantVersion = { id: crypto.randomUUID(), replacedAt: at, values, changed }
    this.update([version, ...this.state.versions].slice(0, VERSION_LIMIT))
    return version
  }

  /** Resolves once what was recorded so far is stored. */
  flushed(): Promise<void> {
    return this.writes
  }

  private update(versions: AssistantVersion[]): void {
    this.state = { loaded: this.state.loaded, versions }
    for (const l of this.listeners) l()
    // Chained so an older list never lands after a newer one.
    this.writes = this.writes.then(() => set(this.key, versions)).catch(() => undefined)
  }

  private async load(): Promise<void> {
    let stored: AssistantVersion[] = []
    try {
      stored = ((await get(this.key)) as AssistantVersion[] | undefined) ?? []
    } catch {
      stored = [] // IndexedDB unavailable (private mode): versions live for this page only.
    }
    const known = new Set(this.state.versions.map((v) => v.id))
    const versions = [...this.state.versions, ...stored.filter((v) => !known.has(v.id))].slice(0, VERSION_LIMIT)
    this.state = { loaded: true, versions }
    for (const l of this.listeners) l()
  }
}

const stores = new Map<string, VersionStore>()

/** One store per connection identity and assistant for the page's lifetime. */
export function versionsFor(identity: string, code: string): VersionStore {
  const key = keyFor(identity, code)
  let store = stores.get(key)
  if (!store) {
    store = new VersionStore(key)
    stores.set(key, store)
  }
  return store
}

export function useVersions(store: VersionStore): VersionsState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}

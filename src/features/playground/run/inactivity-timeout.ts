/**
 * How long the playground waits without any data before it gives up on a run:
 * a user preference (a slow model or a long tool call may need more), kept in
 * localStorage; not a secret. Read when a run starts.
 */
import { useSyncExternalStore } from 'react'

export const DEFAULT_INACTIVITY_TIMEOUT_S = 30
export const MIN_INACTIVITY_TIMEOUT_S = 1
export const MAX_INACTIVITY_TIMEOUT_S = 3600
const KEY = 'assistants-console:playground:inactivity-timeout-s'

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>

/** Whole seconds in range, or null. */
export function parseTimeoutSeconds(text: string | null): number | null {
  if (text === null || !/^\s*\d+\s*$/.test(text)) return null
  const n = Number(text)
  return n >= MIN_INACTIVITY_TIMEOUT_S && n <= MAX_INACTIVITY_TIMEOUT_S ? n : null
}

export class InactivityTimeoutSetting {
  private seconds: number
  private readonly listeners = new Set<() => void>()

  constructor(private readonly storage: KeyValue | null) {
    this.seconds = parseTimeoutSeconds(this.read()) ?? DEFAULT_INACTIVITY_TIMEOUT_S
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): number => this.seconds

  get ms(): number {
    return this.seconds * 1000
  }

  /** Ignores a value out of range. */
  set(seconds: number): void {
    if (parseTimeoutSeconds(String(seconds)) === null || seconds === this.seconds) return
    this.seconds = seconds
    try {
      this.storage?.setItem(KEY, String(seconds))
    } catch {
      // Storage full or disabled: the value still holds for this page.
    }
    for (const listener of this.listeners) listener()
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(KEY) ?? null
    } catch {
      return null
    }
  }
}

function browserStorage(): KeyValue | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export const inactivityTimeout = new InactivityTimeoutSetting(browserStorage())

export function useInactivityTimeout(setting: InactivityTimeoutSetting = inactivityTimeout): number {
  return useSyncExternalStore(setting.subscribe, setting.getSnapshot, setting.getSnapshot)
}

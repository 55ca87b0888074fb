/**
 * Toasts with the toast library loaded on first use: no page pays for it
 * before something has happened worth a toast. Same call shape as sonner's.
 */
import { useSyncExternalStore } from 'react'
import type { ExternalToast } from 'sonner'

let requested = false
const listeners = new Set<() => void>()
let markMounted: () => void = () => undefined
const mounted = new Promise<void>((resolve) => (markMounted = resolve))

/** Called by the Toaster once it listens, so no toast is published before anyone shows it. */
export function toasterMounted(): void {
  markMounted()
}

/** Whether any toast was asked for yet (the root layout mounts the Toaster then). */
export function useToasterRequested(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => requested,
  )
}

type Kind = 'success' | 'error' | 'info'

function show(kind: Kind, message: string, options?: ExternalToast): void {
  if (!requested) {
    requested = true
    for (const l of listeners) l()
  }
  void Promise.all([import('sonner'), mounted]).then(([{ toast: sonner }]) => sonner[kind](message, options))
}

export const toast = {
  success: (message: string, options?: ExternalToast) => show('success', message, options),
  error: (message: string, options?: ExternalToast) => show('error', message, options),
  info: (message: string, options?: ExternalToast) => show('info', message, options),
}

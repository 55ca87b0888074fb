/** Light/dark theme: follows the system unless the user picks one (kept in localStorage; not a secret). */
import { useCallback, useSyncExternalStore } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'assistants-console:theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')
const listeners = new Set<() => void>()

function readChoice(): ThemeChoice {
  const v = localStorage.getItem(KEY)
  return v === 'light' || v === 'dark' ? v : 'system'
}

function isDark(choice: ThemeChoice): boolean {
  return choice === 'dark' || (choice === 'system' && media().matches)
}

function apply(): void {
  document.documentElement.classList.toggle('dark', isDark(readChoice()))
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const mq = media()
  mq.addEventListener('change', apply)
  return () => {
    listeners.delete(listener)
    mq.removeEventListener('change', apply)
  }
}

export function useTheme(): { choice: ThemeChoice; dark: boolean; setChoice: (c: ThemeChoice) => void } {
  const choice = useSyncExternalStore(subscribe, readChoice)
  const dark = useSyncExternalStore(subscribe, () => isDark(readChoice()))
  const setChoice = useCallback((c: ThemeChoice) => {
    if (c === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, c)
    apply()
  }, [])
  return { choice, dark, setChoice }
}

/**
 * The last finished draft test per assistant, for the review-before-save
 * dialog. In memory for the page's life (a result is about one draft in one
 * tab), keyed by connection identity and assistant code, and remembered with a
 * fingerprint of the draft's values so a result is shown only while the draft
 * is still the one that was tested.
 */
import { useSyncExternalStore } from 'react'
import type { SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'

export interface DraftTestResult {
  connection: string
  assistant: string
  /** Of the draft values tested (see draftFingerprint). */
  fingerprint: string
  suite: Suite
  caseIds: string[]
  live: SuiteRun
  draft: SuiteRun
  finishedAt: number
  /** Stopped before every case ran. */
  stopped: boolean
}

const results = new Map<string, DraftTestResult>()
const listeners = new Set<() => void>()
const keyOf = (connection: string, assistant: string) => `${connection}\n${assistant}`

/** Stable text of the values in a fixed field order: equal drafts give equal fingerprints. */
export function draftFingerprint(values: Record<string, unknown>, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => [f, values[f] ?? null]))
}

export function rememberDraftTest(result: DraftTestResult): void {
  results.set(keyOf(result.connection, result.assistant), result)
  for (const l of listeners) l()
}

export function forgetDraftTests(): void {
  results.clear()
  for (const l of listeners) l()
}

export function lastDraftTest(connection: string, assistant: string): DraftTestResult | undefined {
  return results.get(keyOf(connection, assistant))
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The last result for this draft, or undefined (none, or the draft changed since). */
export function useLastDraftTest(connection: string, assistant: string, fingerprint: string) {
  const result = useSyncExternalStore(subscribe, () => lastDraftTest(connection, assistant))
  return result?.fingerprint === fingerprint ? result : undefined
}

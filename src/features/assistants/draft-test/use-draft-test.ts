/**
 * The draft-vs-live run, as a stateful hook: create the temporary copy, run
 * the suite against the saved assistant and against the copy side by side
 * (one case at a time each, so two requests in flight), then delete the copy,
 * whatever happened: success, a failure, Stop, or the component going away.
 * A copy whose deletion failed is reported (and can be retried); the tab
 * closing mid-run is covered best-effort by a page-hide guard.
 */
import { useEffect, useRef, useState } from 'react'
import type { Assistant } from '@/contract/assistant'
import type { DraftValues } from '@/lib/qa/draft-copy'
import type { SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import type { CopyGuard } from './copy-guard'
import type { DraftTestResult } from './last-draft-test'

export interface DraftRunOptions {
  suite: Suite
  caseIds: string[]
  concurrency: number
  repeat: number
  signal: AbortSignal
  /** Case assistant code → evaluated code (the copy, for the draft run). */
  assistantOverrides: Record<string, string>
  label: string
  onUpdate: (run: SuiteRun) => void
}

export interface DraftTestDeps {
  createCopy: (original: Assistant, values: DraftValues) => Promise<Assistant>
  deleteCopy: (code: string) => Promise<void>
  runSuite: (opts: DraftRunOptions) => Promise<SuiteRun>
  /** Deletes the copy if the tab closes mid-run. */
  guard?: (code: string) => CopyGuard
  remember?: (result: DraftTestResult) => void
  now?: () => number
}

export interface DraftTestRequest {
  connection: string
  original: Assistant
  values: DraftValues
  fingerprint: string
  suite: Suite
  caseIds: string[]
  repeat: number
}

export type DraftTestPhase = 'idle' | 'copying' | 'running' | 'deleting' | 'done' | 'failed'

export interface DraftTestState {
  phase: DraftTestPhase
  request: DraftTestRequest | null
  copyCode: string | null
  live: SuiteRun | null
  draft: SuiteRun | null
  stopped: boolean
  /** Why the test failed (copy not created, a run failed). */
  error: string | null
  /** A copy that could not be deleted, and why: offered for deletion again. */
  leftover: { code: string; error: string } | null
}

const IDLE: DraftTestState = {
  phase: 'idle',
  request: null,
  copyCode: null,
  live: null,
  draft: null,
  stopped: false,
  error: null,
  leftover: null,
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function useDraftTest(deps: DraftTestDeps) {
  const depsRef = useRef(deps)
  useEffect(() => {
    depsRef.current = deps
  })
  const [state, setState] = useState<DraftTestState>(IDLE)
  const controller = useRef<AbortController | null>(null)
  const stopRequested = useRef(false)
  const guards = useRef(new Map<string, CopyGuard>())
  const patch = (next: Partial<DraftTestState>) => setState((s) => ({ ...s, ...next }))

  // Leaving (dialog unmounted, page left) stops the run; its own flow then deletes the copy.
  useEffect(() => {
    const held = guards.current
    return () => {
      controller.current?.abort()
      // Guards kept for copies whose deletion failed end with the component (the list offers them).
      if (!controller.current) for (const g of held.values()) g.release()
    }
  }, [])

  const removeCopy = async (code: string): Promise<boolean> => {
    patch({ phase: 'deleting' })
    try {
      await depsRef.current.deleteCopy(code)
      guards.current.get(code)?.release()
      guards.current.delete(code)
      return true
    } catch (e) {
      patch({ leftover: { code, error: message(e) } })
      return false
    }
  }

  const start = async (request: DraftTestRequest): Promise<void> => {
    if (controller.current) return // one test at a time
    const ctl = new AbortController()
    controller.current = ctl
    stopRequested.current = false
    setState({ ...IDLE, phase: 'copying', request })
    const d = depsRef.current
    let copy: Assistant
    try {
      copy = await d.createCopy(request.original, request.values)
    } catch (e) {
      controller.current = null
      patch({ phase: 'failed', error: `Could not create the temporary copy: ${message(e)}` })
      return
    }
    if (d.guard) guards.current.set(copy.code, d.guard(copy.code))
    patch({ copyCode: copy.code, phase: ctl.signal.aborted ? 'deleting' : 'running' })

    // The latest snapshots, so a run stopped or failed half-way still shows what it got.
    let live: SuiteRun | null = null
    let draft: SuiteRun | null = null
    let error: string | null = null
    if (!ctl.signal.aborted) {
      const common = {
        suite: request.suite,
        caseIds: request.caseIds,
        concurrency: 1,
        repeat: request.repeat,
        signal: ctl.signal,
      }
      // A run that throws stops the other one: half a comparison is not worth the wait.
      const guarded = (p: Promise<SuiteRun>) =>
        p.catch((e: unknown) => {
          if (!ctl.signal.aborted) error ??= message(e)
          ctl.abort()
          return null
        })
      const [liveEnd, draftEnd] = await Promise.all([
        guarded(
          d.runSuite({
            ...common,
            assistantOverrides: {},
            label: 'live',
            onUpdate: (r) => {
              live = r
              patch({ live: r })
            },
          }),
        ),
        guarded(
          d.runSuite({
            ...common,
            assistantOverrides: { [request.original.code]: copy.code },
            label: 'draft',
            onUpdate: (r) => {
              draft = r
              patch({ draft: r })
            },
          }),
        ),
      ])
      live = liveEnd ?? live
      draft = draftEnd ?? draft
    }
    const stopped = stopRequested.current
    patch({ live, draft, stopped })
    await removeCopy(copy.code)
    controller.current = null
    if (error !== null || !live || !draft) {
      patch({
        phase: 'failed',
        error: error ?? (stopped ? 'Stopped before the runs started.' : 'The runs ended without a result.'),
      })
      return
    }
    patch({ phase: 'done' })
    d.remember?.({
      connection: request.connection,
      assistant: request.original.code,
      fingerprint: request.fingerprint,
      suite: request.suite,
      caseIds: request.caseIds,
      live,
      draft,
      finishedAt: (d.now ?? Date.now)(),
      stopped,
    })
  }

  /** Stops both runs (in-flight requests are cancelled); the copy is then deleted. */
  const stop = () => {
    if (!controller.current) return
    stopRequested.current = true
    controller.current.abort()
  }

  /** Tries again to delete a copy whose deletion failed. */
  const retryDelete = async () => {
    const code = state.leftover?.code
    if (!code) return
    const phase = state.phase
    patch({ leftover: null })
    await removeCopy(code)
    patch({ phase })
  }

  const reset = () => {
    if (!controller.current) setState((s) => ({ ...IDLE, leftover: s.leftover }))
  }

  const active = state.phase === 'copying' || state.phase === 'running' || state.phase === 'deleting'
  return { state, active, start, stop, retryDelete, reset }
}

/**
 * Suite runs going on in this page, outside React: a run keeps going when its
 * page is left (the results page shows it live, Stop works from either page).
 * The runner reports every attempt as it ends; the latest run is handed to the
 * runs store at most once per animation frame, so 200 cases × N attempts cost
 * one render per frame, and written to IndexedDB when the run starts, when the
 * page is hidden (a tab being closed keeps what had finished) and when it ends.
 * Not every few seconds: cloning a whole 200-case run for IndexedDB on the main
 * thread showed up as long tasks while the grid filled.
 */
import { useSyncExternalStore } from 'react'
import type { Evaluator } from '@/lib/qa/evaluator'
import type { Judge } from '@/lib/qa/assertions'
import { runSuite } from '@/lib/qa/runner'
import type { SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { markStopped, type SuiteRunsStore } from '@/lib/qa/suite-runs-store'

export interface FrameScheduler {
  request: (cb: () => void) => number
  cancel: (handle: number) => void
}

const animationFrame: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
}

export interface StartOptions {
  suite: Suite
  evaluator: Evaluator
  judge?: Judge
  connectionKey: string
  /** Only these cases (e.g. those that failed last time); all when omitted. */
  caseIds?: string[]
  concurrency: number
  repeat: number
  assistantOverrides?: Record<string, string>
  label?: string | null
}

export interface ActiveRun {
  id: string
  /** Cases planned, in the suite's order. */
  caseIds: string[]
  /** Attempts planned: cases × repeat. */
  total: number
  label: string | null
}

interface Running extends ActiveRun {
  controller: AbortController
  latest: SuiteRun
  frame: number | null
}

/** Calls back when the page is hidden (switched away from, or being closed); returns the unsubscribe. */
export type OnPageHidden = (callback: () => void) => () => void

const documentHidden: OnPageHidden = (callback) => {
  if (typeof document === 'undefined') return () => undefined
  const listener = () => {
    if (document.visibilityState === 'hidden') callback()
  }
  document.addEventListener('visibilitychange', listener)
  return () => document.removeEventListener('visibilitychange', listener)
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export class SuiteRunController {
  private readonly running = new Map<string, Running>()
  private active: ActiveRun[] = []
  private readonly listeners = new Set<() => void>()

  constructor(
    readonly runs: SuiteRunsStore,
    private readonly scheduler: FrameScheduler = animationFrame,
    onPageHidden: OnPageHidden = documentHidden,
  ) {
    // Lives as long as the page (one controller per connection and suite).
    onPageHidden(() => {
      for (const run of this.running.values()) this.runs.put(run.latest, { persist: true })
    })
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Runs going on, oldest first. */
  getSnapshot = (): ActiveRun[] => this.active

  /** Starts a run: its id at once, and `done` once it ended (finished or stopped) and was written to IndexedDB. */
  start(opts: StartOptions): { id: string; done: Promise<SuiteRun> } {
    const id = newId()
    return { id, done: this.execute(id, opts) }
  }

  private async execute(id: string, opts: StartOptions): Promise<SuiteRun> {
    const caseIds = opts.caseIds ?? opts.suite.cases.map((c) => c.id)
    const label = opts.label ?? null
    const assistantOverrides = opts.assistantOverrides ?? {}
    const initial: SuiteRun = {
      id,
      suiteId: opts.suite.id,
      suiteName: opts.suite.name,
      connectionKey: opts.connectionKey,
      assistantOverrides,
      label,
      startedAt: Date.now(),
      finishedAt: null,
      concurrency: opts.concurrency,
      repeat: opts.repeat,
      status: 'running',
      attempts: [],
      caseIds,
    }
    const running: Running = {
      id,
      caseIds,
      total: caseIds.length * opts.repeat,
      label,
      controller: new AbortController(),
      latest: initial,
      frame: null,
    }
    this.running.set(id, running)
    this.publish()
    // Written at once: a tab closed during the run still lists it (as stopped).
    this.runs.put(initial, { persist: true })
    let final: SuiteRun
    try {
      final = await runSuite({
        suite: opts.suite,
        evaluator: opts.evaluator,
        ...(opts.judge ? { judge: opts.judge } : {}),
        connectionKey: opts.connectionKey,
        caseIds,
        concurrency: opts.concurrency,
        repeat: opts.repeat,
        signal: running.controller.signal,
        assistantOverrides,
        label,
        id,
        onUpdate: (run) => {
          running.latest = run
          running.frame ??= this.scheduler.request(() => {
            running.frame = null
            this.runs.put(running.latest, { persist: false })
          })
        },
      })
    } catch {
      // The runner reports failures per attempt; reaching here means it gave up as a whole.
      final = markStopped({ ...running.latest, finishedAt: Date.now() })
    }
    if (running.frame !== null) this.scheduler.cancel(running.frame)
    running.frame = null
    this.runs.put(final, { persist: true })
    this.running.delete(id)
    this.publish()
    return final
  }

  /** Stops one run (or all): requests in flight are cancelled, the run ends as stopped. */
  stop(id?: string): void {
    for (const run of this.running.values()) if (id === undefined || run.id === id) run.controller.abort()
  }

  private publish(): void {
    this.active = [...this.running.values()].map(({ id, caseIds, total, label }) => ({ id, caseIds, total, label }))
    for (const listener of this.listeners) listener()
  }
}

const controllers = new WeakMap<SuiteRunsStore, SuiteRunController>()

/** One controller per runs store (connection and suite) for the page's lifetime. */
export function controllerFor(runs: SuiteRunsStore): SuiteRunController {
  let controller = controllers.get(runs)
  if (!controller) {
    controller = new SuiteRunController(runs)
    controllers.set(runs, controller)
  }
  return controller
}

export function useActiveRuns(controller: SuiteRunController): ActiveRun[] {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot)
}

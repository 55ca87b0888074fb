/**
 * Plays runs over time: QUEUED -> STARTING -> RUNNING, events one step apart
 * (start, text chunks, then a final event), and a final status consistent with
 * the final event and the output. `_mock` chooses the outcome (FAILED, ERROR,
 * or HANG in a given status). Streams subscribe to a run to hear its events
 * as they are produced. `dispose()` stops every timer and closes every stream.
 */
import type { MockRunControls, RunStatus } from '../../../src/contract/griptape/assistant-run'
import { isFinalStatus } from '../../../src/contract/griptape/assistant-run'
import type { CancelTimer, Clock } from './clock'
import { cancelledEvent, chunkEvent, errorArtifact, errorEvent, finishEvent, startEvent, textArtifact } from './events'
import { scriptedReply, splitChunks } from './scripted-model'
import type { AssistantRecord, EventRecord, GriptapeStore, RunRecord } from './store'

export type RunSignal = { kind: 'event'; event: EventRecord } | { kind: 'end' }
export type RunListener = (signal: RunSignal) => void

export interface EngineDefaults {
  delayMs: number
  chunks: number
}

type Step = () => void

export const FAILURE_MESSAGE = 'The structure failed: simulated failure requested by _mock.outcome=FAILED.'
export const ERROR_MESSAGE = 'The run could not complete: simulated platform error requested by _mock.outcome=ERROR.'

export class RunEngine {
  private readonly timers = new Map<string, CancelTimer>()
  private readonly listeners = new Map<string, Set<RunListener>>()
  private disposed = false

  constructor(
    private readonly store: GriptapeStore,
    private readonly clock: Clock,
    private readonly defaults: EngineDefaults,
  ) {}

  private iso(): string {
    return new Date(this.clock.now()).toISOString()
  }

  private setStatus(run: RunRecord, status: RunStatus): void {
    run.status = status
    run.updated_at = this.iso()
    if (isFinalStatus(status)) run.completed_at = run.updated_at
  }

  private emit(run: RunRecord, event: EventRecord): void {
    this.store.addEvent(event)
    for (const listener of [...(this.listeners.get(run.assistant_run_id) ?? [])]) listener({ kind: 'event', event })
  }

  private end(run: RunRecord): void {
    this.timers.get(run.assistant_run_id)?.()
    this.timers.delete(run.assistant_run_id)
    const listeners = [...(this.listeners.get(run.assistant_run_id) ?? [])]
    this.listeners.delete(run.assistant_run_id)
    for (const listener of listeners) listener({ kind: 'end' })
  }

  /** Adds an event from outside the script (CreateEvents) and tells the run's streams. */
  publish(run: RunRecord, event: EventRecord): void {
    this.emit(run, event)
  }

  /** The steps of a run, each one `delay` after the previous. */
  private plan(run: RunRecord, assistant: AssistantRecord, controls: MockControlsResolved): Step[] {
    const now = () => this.clock.now()
    const text = scriptedReply(assistant, run.input, run.args)
    const pieces = run.stream ? splitChunks(text, controls.chunks) : []
    const stopAt = controls.hang_status
    const steps: Step[] = []
    steps.push(() => this.setStatus(run, 'STARTING'))
    if (stopAt === 'QUEUED') return []
    if (stopAt === 'STARTING') return steps
    steps.push(() => {
      this.setStatus(run, 'RUNNING')
      this.emit(run, startEvent(run, now()))
    })
    if (stopAt === 'RUNNING') return steps
    const failing = controls.outcome === 'FAILED' || controls.outcome === 'ERROR'
    const chunkCount = failing ? Math.floor(pieces.length / 2) : pieces.length
    for (let i = 0; i < chunkCount; i += 1) {
      const token = pieces[i] ?? ''
      steps.push(() => this.emit(run, chunkEvent(run, now(), token, i)))
    }
    steps.push(() => {
      if (controls.outcome === 'FAILED') {
        const output = errorArtifact(FAILURE_MESSAGE)
        run.output = output
        run.status_detail = { error: FAILURE_MESSAGE }
        this.setStatus(run, 'FAILED')
        this.emit(run, finishEvent(run, now(), output))
      } else if (controls.outcome === 'ERROR') {
        run.status_detail = { error: ERROR_MESSAGE }
        this.setStatus(run, 'ERROR')
        this.emit(run, errorEvent(run, now(), ERROR_MESSAGE))
      } else {
        const output = textArtifact(text)
        run.output = output
        this.setStatus(run, 'SUCCEEDED')
        this.emit(run, finishEvent(run, now(), output))
      }
      this.end(run)
    })
    return steps
  }

  /** Starts playing a QUEUED run. */
  start(run: RunRecord, assistant: AssistantRecord, controls: MockRunControls = {}): void {
    if (this.disposed) return
    const resolved: MockControlsResolved = {
      outcome: controls.outcome ?? 'SUCCEEDED',
      hang_status: controls.outcome === 'HANG' ? (controls.hang_status ?? 'RUNNING') : null,
      chunks: controls.chunks ?? this.defaults.chunks,
    }
    const delay = controls.delay_ms ?? this.defaults.delayMs
    const steps = this.plan(run, assistant, resolved)
    const next = (index: number) => {
      const step = steps[index]
      if (!step) {
        this.timers.delete(run.assistant_run_id)
        return
      }
      this.timers.set(
        run.assistant_run_id,
        this.clock.setTimer(() => {
          this.timers.delete(run.assistant_run_id)
          step()
          if (!isFinalStatus(run.status)) next(index + 1)
        }, delay),
      )
    }
    next(0)
  }

  /** Cancels a QUEUED, STARTING or RUNNING run; false when it has already finished. */
  cancel(run: RunRecord, by: string): boolean {
    if (isFinalStatus(run.status)) return false
    this.timers.get(run.assistant_run_id)?.()
    this.timers.delete(run.assistant_run_id)
    run.status_detail = { cancelled_by: by, reason: 'Cancelled by request.' }
    this.setStatus(run, 'CANCELLED')
    this.emit(run, cancelledEvent(run, this.clock.now(), by))
    this.end(run)
    return true
  }

  /** Stops a run without a trace (its assistant was deleted). */
  forget(run: RunRecord): void {
    this.end(run)
  }

  subscribe(runId: string, listener: RunListener): () => void {
    let set = this.listeners.get(runId)
    if (!set) {
      set = new Set()
      this.listeners.set(runId, set)
    }
    set.add(listener)
    return () => {
      this.listeners.get(runId)?.delete(listener)
    }
  }

  dispose(): void {
    this.disposed = true
    for (const cancel of this.timers.values()) cancel()
    this.timers.clear()
    const all = [...this.listeners.values()].flatMap((set) => [...set])
    this.listeners.clear()
    for (const listener of all) listener({ kind: 'end' })
  }
}

interface MockControlsResolved {
  outcome: 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'HANG'
  hang_status: 'QUEUED' | 'STARTING' | 'RUNNING' | null
  chunks: number
}

/** The events a run produces, shaped like griptape framework events (BaseEvent.to_dict) inside Griptape Cloud events. */
import { EVENT_TYPES } from '../../../src/contract/griptape/event'
import { newId, type EventRecord, type RunRecord } from './store'

const hexId = (): string => newId().replace(/-/g, '')

export function textArtifact(value: string) {
  return { type: 'TextArtifact', id: hexId(), name: hexId(), value, meta: {}, reference: null }
}

export function errorArtifact(value: string) {
  return { type: 'ErrorArtifact', id: hexId(), name: hexId(), value, meta: {}, exception_message: value }
}

export function makeEvent(run: RunRecord, now: number, type: string, origin: string, payload: unknown): EventRecord {
  return {
    event_id: newId(),
    assistant_run_id: run.assistant_run_id,
    structure_run_id: run.structure_run_id,
    type,
    origin,
    payload,
    timestamp: now / 1000,
    created_at: new Date(now).toISOString(),
  }
}

function frameworkEvent(type: string, now: number, fields: Record<string, unknown>) {
  return { type, id: hexId(), timestamp: now / 1000, meta: {}, ...fields }
}

export function startEvent(run: RunRecord, now: number): EventRecord {
  return makeEvent(
    run,
    now,
    EVENT_TYPES.start,
    'ASSISTANT',
    frameworkEvent(EVENT_TYPES.start, now, {
      structure_id: null,
      input_task_input: textArtifact(run.input ?? ''),
      input_task_output: null,
    }),
  )
}

export function chunkEvent(run: RunRecord, now: number, token: string, index: number): EventRecord {
  return makeEvent(run, now, EVENT_TYPES.chunk, 'ASSISTANT', frameworkEvent(EVENT_TYPES.chunk, now, { token, index }))
}

export function finishEvent(run: RunRecord, now: number, output: unknown): EventRecord {
  return makeEvent(
    run,
    now,
    EVENT_TYPES.finish,
    'ASSISTANT',
    frameworkEvent(EVENT_TYPES.finish, now, {
      structure_id: null,
      output_task_input: textArtifact(run.input ?? ''),
      output_task_output: output,
    }),
  )
}

export function errorEvent(run: RunRecord, now: number, message: string): EventRecord {
  return makeEvent(run, now, EVENT_TYPES.error, 'SYSTEM', { error: message, status: 'ERROR' })
}

export function cancelledEvent(run: RunRecord, now: number, by: string): EventRecord {
  return makeEvent(run, now, EVENT_TYPES.cancelled, 'SYSTEM', { cancelled_by: by, status: 'CANCELLED' })
}

/**
 * Events of a run: listed by offset/limit, read one by one, or streamed as
 * Server-Sent Events (`id:` the event_id, `event:` its type, `data:` the event
 * as the list answers it). Payloads are griptape framework events
 * (TextChunkEvent, FinishStructureRunEvent, ...), open in the seed.
 */
import { z } from 'zod'
import { messages, stringField } from './fields'
import { queryInteger } from './pagination'

export const DEFAULT_EVENT_LIMIT = 100
export const MAX_EVENT_LIMIT = 1000
export const MAX_EVENTS_PER_POST = 100

const eventBase = {
  event_id: z.string(),
  type: z.string(),
  origin: z.string(),
  payload: z.unknown(),
  timestamp: z.number(),
  created_at: z.string(),
}

export const assistantEventSchema = z.looseObject({ ...eventBase, assistant_run_id: z.string() })
export type AssistantEvent = z.infer<typeof assistantEventSchema>

export const structureRunEventSchema = z.looseObject({ ...eventBase, structure_run_id: z.string() })
export type StructureRunEvent = z.infer<typeof structureRunEventSchema>

const page = {
  count: z.number(),
  limit: z.number(),
  offset: z.number(),
  next_offset: z.number(),
  total_count: z.number(),
}
export const assistantEventListSchema = z.looseObject({ ...page, events: z.array(assistantEventSchema) })
export type AssistantEventList = z.infer<typeof assistantEventListSchema>
export const structureRunEventListSchema = z.looseObject({ ...page, events: z.array(structureRunEventSchema) })
export type StructureRunEventList = z.infer<typeof structureRunEventListSchema>

/** Event types the mock's scripted model produces (griptape framework names, plus two of the platform's own). */
export const EVENT_TYPES = {
  start: 'StartStructureRunEvent',
  chunk: 'TextChunkEvent',
  finish: 'FinishStructureRunEvent',
  error: 'AssistantRunErrorEvent',
  cancelled: 'AssistantRunCancelledEvent',
} as const

/** `?offset=&limit=`: the seed types both as strings; each must hold a whole number. */
export const eventQuerySchema = z.object({
  offset: queryInteger(0, Number.MAX_SAFE_INTEGER).transform((v) => v ?? 0),
  limit: queryInteger(0, MAX_EVENT_LIMIT).transform((v) => v ?? DEFAULT_EVENT_LIMIT),
})
export type EventQuery = z.output<typeof eventQuerySchema>

/** `POST /structure-runs/{id}/events`: events a structure reports itself (origin USER). */
export const eventsCreateSchema = z.strictObject({
  events: z
    .array(
      z.strictObject(
        {
          type: stringField({ min: 1, max: 200 }),
          timestamp: z.number({
            error: (issue) => (issue.input === undefined ? messages.required : messages.number),
          }),
          payload: z.unknown().optional(),
        },
        { error: (issue) => (issue.code === 'invalid_type' ? messages.object : undefined) },
      ),
      { error: (issue) => (issue.input === undefined ? messages.required : messages.list) },
    )
    .max(MAX_EVENTS_PER_POST, { error: messages.maxItems(MAX_EVENTS_PER_POST) })
    .optional(),
})
export type EventsCreate = z.input<typeof eventsCreateSchema>

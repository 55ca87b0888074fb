/**
 * The Evaluation API: `POST /api/v2/assistants/{code}/evaluate?conversation_id=`.
 * Plain form: JSON body `{"input": {...}, "transcript"?: ...}` answering
 * `{"output": "..."}`. Streamed form (ours): the same request with
 * `Accept: text/event-stream` answers Server-Sent Events, each `event:` named
 * below with a JSON `data:` payload. See contract/README.md.
 */
import { z } from 'zod'
import { jsonObjectSchema } from './common'

export const SPEAKERS = ['customer', 'agent', 'system'] as const
export type Speaker = (typeof SPEAKERS)[number]

export const transcriptTurnSchema = z.object({
  speaker: z.enum(SPEAKERS, { error: `Must be one of: ${SPEAKERS.join(', ')}.` }),
  text: z.string({ error: 'Not a valid string.' }),
  timestamp: z.string().optional(),
})
export type TranscriptTurn = z.infer<typeof transcriptTurnSchema>

export const evaluateRequestSchema = z.looseObject({
  input: jsonObjectSchema,
  /** Optional transcript in the body: turns, or raw `Speaker: text` lines. */
  transcript: z.union([z.array(transcriptTurnSchema), z.string()]).optional(),
})
export type EvaluateRequest = z.input<typeof evaluateRequestSchema>

export const evaluateResponseSchema = z.looseObject({ output: z.string() })
export type EvaluateResponse = z.infer<typeof evaluateResponseSchema>

/** Streamed events, by SSE event name. */
export const streamEventSchemas = {
  /** First event: the run is accepted. `prompt` (optional) lists the prompt blocks the model receives. */
  start: z.looseObject({
    run_id: z.string(),
    assistant: z.string(),
    conversation_id: z.string().nullable(),
    created_at: z.string(),
    prompt: z.array(z.object({ name: z.string(), content: z.string() })).optional(),
  }),
  /** A piece of output text, in order. */
  delta: z.looseObject({ text: z.string() }),
  /** The model calls a tool. Secret header values are never included. */
  tool_call: z.looseObject({ id: z.string(), name: z.string(), arguments: jsonObjectSchema }),
  /** A tool's answer to the call with the same id. */
  tool_result: z.looseObject({
    id: z.string(),
    name: z.string(),
    ok: z.boolean(),
    result: z.unknown(),
    duration_ms: z.number().optional(),
  }),
  /** Last event of a successful run: the whole output. */
  done: z.looseObject({ output: z.string(), duration_ms: z.number().optional() }),
  /** Last event of a failed run. */
  error: z.looseObject({ message: z.string(), code: z.string().optional() }),
} as const

export type StreamEventName = keyof typeof streamEventSchemas
export type StreamEvent = {
  [K in StreamEventName]: { event: K; data: z.infer<(typeof streamEventSchemas)[K]> }
}[StreamEventName]

export const STREAM_EVENT_NAMES = Object.keys(streamEventSchemas) as StreamEventName[]

/** Validates one SSE message into a typed event; null when the name is unknown (forward compatible). */
export function parseStreamEvent(name: string, rawData: string): StreamEvent | null {
  if (!(name in streamEventSchemas)) return null
  const schema = streamEventSchemas[name as StreamEventName]
  const data: unknown = JSON.parse(rawData)
  return { event: name, data: schema.parse(data) } as StreamEvent
}

/** Mock-only extension: the seeded CX conversations (`GET /mock/conversations/`). */
export const conversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  channel: z.string(),
  metadata: z.record(z.string(), z.string()),
  transcript: z.array(transcriptTurnSchema),
})
export type Conversation = z.infer<typeof conversationSchema>
export const conversationListSchema = z.array(conversationSchema)

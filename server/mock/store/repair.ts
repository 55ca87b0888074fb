/**
 * Checks a state loaded from the data file, record by record, before the mock
 * serves it. A file written by an older mock (which stored some rejected
 * bodies, e.g. 10,000-level tags) or edited by hand must never make a list
 * answer fail: a record that cannot be answered as the contract says is
 * dropped, and named in a log line; createStore keeps a copy of the file.
 */
import { z } from 'zod'
import { isPlainObject } from '../../../src/contract/common'
import { jsonValueDepth, MAX_JSON_DEPTH } from '../http/json-depth'
import type { Counters, MutableState } from './state'

/**
 * Stored JSON may nest a little deeper than a request body: a recorded run
 * wraps a body in a few levels (tool_call.result.body). Twice the request
 * limit covers that and is still trivially answerable.
 */
export const MAX_STORED_DEPTH = MAX_JSON_DEPTH * 2

const id = z.number().int().nonnegative()
const jsonObject = z
  .custom<Record<string, unknown>>(isPlainObject)
  .refine((v) => jsonValueDepth(v, MAX_STORED_DEPTH) <= MAX_STORED_DEPTH, 'nested too deeply')
const unit = z.number().min(0).max(1)

const recordSchemas = {
  assistants: z.object({
    id,
    code: z.string(),
    name: z.string(),
    instructions: z.string(),
    model: z.string(),
    response_format_json: z.boolean(),
    temperature: unit,
    top_p: unit,
    tools: z.array(id),
    include_conversation_transcript: z.boolean(),
    include_conversation_metadata: z.boolean(),
  }),
  apis: z.object({ id, code: z.string(), url: z.string(), headers: z.string() }),
  routes: z.object({ id, assistantId: id, tags: jsonObject }),
  threads: z.object({ id, assistantId: id, user_id: z.string().nullable(), content: jsonObject }),
  messages: z.object({
    threadId: id,
    body: jsonObject.and(z.looseObject({ id, role: z.string(), content: z.string(), created_at: z.string() })),
  }),
} as const

type Kind = keyof typeof recordSchemas
const COUNTER: Record<Kind, keyof Counters> = {
  assistants: 'assistant',
  apis: 'api',
  routes: 'route',
  threads: 'thread',
  messages: 'message',
}

function recordId(kind: Kind, record: unknown): number | null {
  if (!isPlainObject(record)) return null
  const value = kind === 'messages' && isPlainObject(record.body) ? record.body.id : record.id
  return typeof value === 'number' ? value : null
}

/** Repairs `state` in place; answers one line per dropped record (empty when the file was sound). */
export function repairState(state: MutableState): string[] {
  const dropped: string[] = []
  const counters = (isPlainObject(state.counters) ? state.counters : {}) as Partial<Counters>
  const repaired: Counters = { assistant: 0, api: 0, route: 0, thread: 0, message: 0, run: 0 }
  for (const kind of Object.keys(recordSchemas) as Kind[]) {
    const schema = recordSchemas[kind]
    const kept: unknown[] = []
    ;(state[kind] as unknown[]).forEach((record, index) => {
      const result = schema.safeParse(record)
      if (result.success) kept.push(record)
      else {
        const where = result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')
        dropped.push(`${kind}[${index}] (id ${recordId(kind, record) ?? '?'}): ${where}`)
      }
    })
    ;(state as unknown as Record<Kind, unknown[]>)[kind] = kept
    // New ids must never collide with kept ones, whatever the file's counters say.
    const highest = kept.reduce<number>((max, r) => Math.max(max, recordId(kind, r) ?? 0), 0)
    const key = COUNTER[kind]
    const saved = counters[key]
    repaired[key] = Math.max(highest, typeof saved === 'number' && Number.isFinite(saved) ? saved : 0)
  }
  repaired.run = typeof counters.run === 'number' && Number.isFinite(counters.run) ? counters.run : 0
  state.counters = repaired
  return dropped
}

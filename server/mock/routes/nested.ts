/** Lookups shared by resources nested under an assistant (routes, threads, messages). */
import type { Context } from 'hono'
import type { AssistantRecord } from '../store/state'
import type { Store } from '../store/store'

export function parentAssistant(c: Context, store: Store): AssistantRecord | undefined {
  return store.assistantByCode(c.req.param('assistant_code') ?? '')
}

/** Path ids are integers; anything else simply matches nothing (404), as in DRF. */
export function pathId(c: Context, name = 'id'): number | null {
  const raw = c.req.param(name) ?? ''
  return /^\d{1,15}$/.test(raw) ? Number(raw) : null
}

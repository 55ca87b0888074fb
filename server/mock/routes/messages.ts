/**
 * `.../threads/{id}/messages/`: the spec leaves messages as `{}`. We store any
 * JSON object that passes messageWriteSchema, adding id, a default role
 * ("user"), content ("" when absent) and created_at.
 */
import type { Hono } from 'hono'
import type { JsonObject } from '../../../src/contract/common'
import { messageWriteSchema } from '../../../src/contract/thread'
import { badRequest, methodNotAllowed, notFound } from '../http/answers'
import { readBody } from '../http/read-body'
import { validateBody } from '../http/validate'
import type { MessageRecord } from '../store/state'
import type { Store } from '../store/store'
import { findThread } from './threads'

const PATH = '/apis/admin/assistants/:assistant_code/threads/:id/messages/'

/** Builds a stored message; also used by evaluate runs that record their trace. */
export function storeMessage(store: Store, threadId: number, message: JsonObject, now: number): MessageRecord {
  const body = {
    ...message,
    id: store.nextId('message'),
    role: typeof message.role === 'string' ? message.role : 'user',
    content: typeof message.content === 'string' ? message.content : '',
    created_at: new Date(now).toISOString(),
  }
  const record: MessageRecord = { threadId, body }
  store.state.messages.push(record)
  return record
}

export function registerMessages(app: Hono, store: Store, now: () => number): void {
  app.get(PATH, (c) => {
    const thread = findThread(c, store)
    if (!thread) return notFound(c)
    return c.json(store.state.messages.filter((m) => m.threadId === thread.id).map((m) => m.body))
  })
  app.post(PATH, async (c) => {
    const thread = findThread(c, store)
    if (!thread) return notFound(c)
    const body = await readBody(c)
    if (!body.ok) return body.response
    // Reported ids and timestamps are the server's; a client's copies are dropped.
    const parsed = validateBody(messageWriteSchema, body.value, ['id', 'created_at'])
    if (!parsed.ok) return badRequest(c, parsed.errors)
    const record = storeMessage(store, thread.id, parsed.data as JsonObject, now())
    store.commit()
    return c.json(record.body, 201)
  })
  app.all(PATH, methodNotAllowed)
}

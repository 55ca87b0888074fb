/** `/apis/admin/assistants/{assistant_code}/threads/`: an assistant's conversations with the model. */
import type { Context, Hono } from 'hono'
import { THREAD_READ_ONLY_FIELDS, threadWriteSchema } from '../../../src/contract/thread'
import { badRequest, methodNotAllowed, notFound } from '../http/answers'
import { readBody } from '../http/read-body'
import { validateBody } from '../http/validate'
import { threadBody } from '../store/serialize'
import type { ThreadRecord } from '../store/state'
import type { ResolvedOptions } from '../options'
import type { Store } from '../store/store'
import { parentAssistant, pathId } from './nested'

const BASE = '/apis/admin/assistants/:assistant_code/threads/'

export function findThread(c: Context, store: Store): ThreadRecord | undefined {
  const assistant = parentAssistant(c, store)
  const id = pathId(c)
  return assistant && id !== null ? store.threadOf(assistant, id) : undefined
}

async function write(c: Context, store: Store, mode: 'replace' | 'patch', strict: boolean): Promise<Response> {
  const thread = findThread(c, store)
  if (!thread) return notFound(c)
  const body = await readBody(c)
  if (!body.ok) return body.response
  const parsed = validateBody(threadWriteSchema, body.value, THREAD_READ_ONLY_FIELDS, strict)
  if (!parsed.ok) return badRequest(c, parsed.errors)
  const { user_id, content } = parsed.data
  if (mode === 'replace') {
    thread.user_id = user_id ?? null
    thread.content = content ?? {}
  } else {
    if (user_id !== undefined) thread.user_id = user_id
    if (content !== undefined) thread.content = content
  }
  store.commit()
  return c.json(threadBody(thread, store))
}

export function registerThreads(app: Hono, store: Store, options: ResolvedOptions): void {
  const strict = options.strictFields
  app.get(BASE, (c) => {
    const assistant = parentAssistant(c, store)
    if (!assistant) return notFound(c)
    return c.json(store.state.threads.filter((t) => t.assistantId === assistant.id).map((t) => threadBody(t, store)))
  })
  app.post(BASE, async (c) => {
    const assistant = parentAssistant(c, store)
    if (!assistant) return notFound(c)
    const body = await readBody(c)
    if (!body.ok) return body.response
    const parsed = validateBody(threadWriteSchema, body.value, THREAD_READ_ONLY_FIELDS, strict)
    if (!parsed.ok) return badRequest(c, parsed.errors)
    const thread: ThreadRecord = {
      id: store.nextId('thread'),
      assistantId: assistant.id,
      user_id: parsed.data.user_id ?? null,
      content: parsed.data.content ?? {},
    }
    store.state.threads.push(thread)
    store.commit()
    return c.json(threadBody(thread, store), 201)
  })
  app.all(BASE, methodNotAllowed)

  app.get(`${BASE}:id/`, (c) => {
    const thread = findThread(c, store)
    return thread ? c.json(threadBody(thread, store)) : notFound(c)
  })
  app.put(`${BASE}:id/`, (c) => write(c, store, 'replace', strict))
  app.patch(`${BASE}:id/`, (c) => write(c, store, 'patch', strict))
  app.delete(`${BASE}:id/`, (c) => {
    const thread = findThread(c, store)
    if (!thread) return notFound(c)
    store.deleteThread(thread)
    store.commit()
    return c.body(null, 204)
  })
  app.all(`${BASE}:id/`, methodNotAllowed)
}

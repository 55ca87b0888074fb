/**
 * Flowise's `/assistants` routes: list (optionally `?type=`), create, get,
 * update, delete. Answers are the stored entity, `details` as its JSON text,
 * as Flowise answers them. Every check runs before anything is written.
 */
import type { Context, Hono } from 'hono'
import { z } from 'zod'
import {
  assistantCreateSchema,
  assistantUpdateSchema,
  isAssistantType,
  PRECONDITION_MESSAGES,
  type AssistantDetails,
  type AssistantType,
} from '../../../../src/contract/flowise/assistant-write'
import { OPENAI_CREDENTIAL_NAME } from '../../../../src/contract/flowise/credential'
import { summarizeFieldErrors, toFieldErrors, type FieldErrors } from '../../../../src/contract/flowise/field-errors'
import { messages } from '../../../../src/contract/flowise/messages'
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../../mock/http/json-depth'
import { flowiseError, notFoundError } from '../http/errors'
import { readBody } from '../http/read-body'
import { DEMO_WORKSPACE_ID } from '../seed'
import { newOpenAiAssistantId, type AssistantRecord, type FlowiseStore } from '../store'

type Operation = 'createAssistant' | 'updateAssistant'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function addError(errors: FieldErrors, field: string, message: string): void {
  errors[field] = [...(Object.hasOwn(errors, field) ? (errors[field] ?? []) : []), message]
}

/** A details string is parsed apart from the body, so its own nesting is limited too. */
function depthErrors(body: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {}
  if (typeof body.details === 'string' && jsonTextDepth(body.details, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    addError(errors, 'details', `JSON nesting is deeper than ${MAX_JSON_DEPTH} levels.`)
  return errors
}

/** OpenAI and Azure assistants need an existing OpenAI credential; a CUSTOM one holds any UUID. */
function credentialErrors(store: FlowiseStore, type: AssistantType, credential: unknown): FieldErrors {
  const errors: FieldErrors = {}
  if (type === 'CUSTOM' || !z.guid().safeParse(credential).success) return errors
  const found = store.credentials.get(credential as string)
  if (!found) addError(errors, 'credential', messages.credentialNotFound(credential as string))
  else if (found.credentialName !== OPENAI_CREDENTIAL_NAME) addError(errors, 'credential', messages.credentialNotOpenAi)
  return errors
}

function merge(...all: FieldErrors[]): FieldErrors {
  const out: FieldErrors = {}
  for (const errors of all)
    for (const [field, list] of Object.entries(errors)) for (const m of list) addError(out, field, m)
  return out
}

/** 412 where Flowise answers Precondition Failed (details empty or not JSON, a custom assistant without a name); 400 otherwise. */
function rejected(c: Context, operation: Operation, errors: FieldErrors): Response {
  const precondition = Object.values(errors).some((list) => list.some((m) => PRECONDITION_MESSAGES.includes(m)))
  return flowiseError(
    c,
    precondition ? 412 : 400,
    `Error: assistantsService.${operation} - ${summarizeFieldErrors(errors)}`,
    errors,
  )
}

function notFound(c: Context, operation: string, id: string): Response {
  return notFoundError(c, `Error: assistantsService.${operation} - Assistant ${id} not found`)
}

function stringify(details: AssistantDetails): string {
  return JSON.stringify(details)
}

async function create(c: Context, store: FlowiseStore, now: () => number): Promise<Response> {
  const body = await readBody(c)
  if (!body.ok) return body.response
  if (!isRecord(body.value)) return rejected(c, 'createAssistant', { body: [messages.body] })
  const raw = body.value
  const parsed = assistantCreateSchema.safeParse(raw)
  const type: AssistantType = isAssistantType(raw.type) ? raw.type : 'OPENAI'
  const errors = merge(
    depthErrors(raw),
    parsed.success ? {} : toFieldErrors(parsed.error),
    credentialErrors(store, type, raw.credential),
  )
  if (!parsed.success || Object.keys(errors).length > 0) return rejected(c, 'createAssistant', errors)
  const input = parsed.data
  const details =
    input.type === 'CUSTOM' || (typeof input.details.id === 'string' && input.details.id !== '')
      ? input.details
      : { ...input.details, id: newOpenAiAssistantId() }
  const stamp = new Date(now()).toISOString()
  const record: AssistantRecord = {
    id: store.newId(),
    details: stringify(details),
    credential: input.credential,
    iconSrc: input.iconSrc ?? null,
    type: input.type,
    createdDate: stamp,
    updatedDate: stamp,
    workspaceId: DEMO_WORKSPACE_ID,
  }
  store.assistants.set(record.id, record)
  return c.json(record)
}

async function update(c: Context, store: FlowiseStore, now: () => number): Promise<Response> {
  const id = c.req.param('id') ?? ''
  const current = store.assistants.get(id)
  if (!current) return notFound(c, 'updateAssistant', id)
  const body = await readBody(c)
  if (!body.ok) return body.response
  if (!isRecord(body.value)) return rejected(c, 'updateAssistant', { body: [messages.body] })
  const raw = body.value
  const parsed = assistantUpdateSchema(current.type).safeParse(raw)
  const errors = merge(
    depthErrors(raw),
    parsed.success ? {} : toFieldErrors(parsed.error),
    raw.credential === undefined ? {} : credentialErrors(store, current.type, raw.credential),
  )
  if (!parsed.success || Object.keys(errors).length > 0) return rejected(c, 'updateAssistant', errors)
  const input = parsed.data
  if (input.details) {
    // Flowise keeps the OpenAI assistant it created: an id in the body's details never replaces it.
    const storedId = (JSON.parse(current.details) as { id?: unknown }).id
    const details =
      current.type === 'CUSTOM' || typeof storedId !== 'string' ? input.details : { ...input.details, id: storedId }
    current.details = stringify(details)
  }
  if (input.credential !== undefined) current.credential = input.credential
  if (input.iconSrc !== undefined) current.iconSrc = input.iconSrc
  current.updatedDate = new Date(now()).toISOString()
  return c.json(current)
}

export function registerAssistants(app: Hono, store: FlowiseStore, now: () => number): void {
  app.get('/assistants', (c) => {
    const type = c.req.query('type')
    const all = [...store.assistants.values()]
    return c.json(type ? all.filter((a) => a.type === type) : all)
  })
  app.post('/assistants', (c) => create(c, store, now))
  app.get('/assistants/:id', (c) => {
    const id = c.req.param('id')
    const found = store.assistants.get(id)
    return found ? c.json(found) : notFound(c, 'getAssistantById', id)
  })
  app.put('/assistants/:id', (c) => update(c, store, now))
  app.delete('/assistants/:id', (c) => {
    const id = c.req.param('id')
    if (!store.assistants.delete(id)) return notFound(c, 'deleteAssistant', id)
    // TypeORM's DeleteResult. `?isDeleteBoth=true` (also delete it at OpenAI) has nothing more to delete here.
    return c.json({ raw: [], affected: 1 })
  })
}

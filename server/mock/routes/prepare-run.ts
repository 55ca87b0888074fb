/**
 * Turns an evaluate request into a run: looks up the assistant and the
 * conversation, validates the body (422 like Deepdesk's evaluation API), picks
 * the transcript (a body transcript wins over the conversation's) and splits
 * the `_mock` controls off the input.
 */
import type { Context } from 'hono'
import type { JsonObject } from '../../../src/contract/common'
import { evaluateRequestSchema, type Conversation, type TranscriptTurn } from '../../../src/contract/evaluate'
import { detail, notFound } from '../http/answers'
import { readBody } from '../http/read-body'
import { drfErrors } from '../http/validate'
import { mockControlsSchema, type MockControls } from '../model/controls'
import { buildPrompt } from '../model/prompt'
import type { RunRequest } from '../model/run'
import { parseTranscript } from '../model/transcript'
import type { ResolvedOptions } from '../options'
import type { Store } from '../store/store'

export type Prepared = { ok: true; run: RunRequest; stream: boolean } | { ok: false; response: Response }

function wantsStream(c: Context, controls: MockControls): boolean {
  return (c.req.header('accept') ?? '').toLowerCase().includes('text/event-stream') && controls.no_stream !== true
}

export async function prepareRun(c: Context, store: Store, options: ResolvedOptions): Promise<Prepared> {
  const assistant = store.assistantByCode(c.req.param('code') ?? '')
  if (!assistant) return { ok: false, response: notFound(c) }
  const conversationId = c.req.query('conversation_id') || null
  let conversation: Conversation | null = null
  if (conversationId !== null) {
    conversation = store.fixed.conversations.find((cv) => cv.id === conversationId) ?? null
    if (!conversation) return { ok: false, response: detail(c, 404, `Conversation "${conversationId}" not found.`) }
  }
  const body = await readBody(c)
  if (!body.ok) return body
  const parsed = evaluateRequestSchema.safeParse(body.value)
  if (!parsed.success) return { ok: false, response: c.json(drfErrors(parsed.error), 422) }
  const input: JsonObject = { ...parsed.data.input }
  const rawControls = input._mock
  delete input._mock
  const controlsResult = mockControlsSchema.safeParse(rawControls ?? {})
  if (!controlsResult.success) {
    const errors = Object.fromEntries(
      Object.entries(drfErrors(controlsResult.error)).map(([k, v]) => [
        `input._mock${k === 'non_field_errors' ? '' : `.${k}`}`,
        v,
      ]),
    )
    return { ok: false, response: c.json(errors, 422) }
  }
  const controls = controlsResult.data
  const bodyTranscript = parsed.data.transcript
  let transcript: TranscriptTurn[] = []
  if (bodyTranscript !== undefined)
    transcript = typeof bodyTranscript === 'string' ? parseTranscript(bodyTranscript) : bodyTranscript
  else if (assistant.include_conversation_transcript && conversation) transcript = conversation.transcript
  const stream = wantsStream(c, controls)
  const runId = `run_${String(store.nextId('run')).padStart(6, '0')}`
  const run: RunRequest = {
    store,
    runId,
    assistant,
    conversationId,
    conversation,
    input,
    transcript,
    allowOutbound: options.allowOutbound,
    prompt: buildPrompt({
      assistant,
      conversation,
      conversationId,
      input,
      transcript: transcript.length > 0 ? transcript : null,
    }),
    controls,
    delayMs: stream ? (controls.delay_ms ?? options.streamDelayMs) : 0,
    now: options.now,
  }
  return { ok: true, run, stream }
}

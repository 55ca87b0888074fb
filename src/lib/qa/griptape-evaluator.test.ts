import { describe, expect, it } from 'vitest'
import { ApiClient, StaticTokenAuth } from '@/api/http-client'
import type { AssistantRun } from '@/contract/griptape/assistant-run'
import type { RunRequest } from '@/lib/run/run-model'
import { griptapeEvaluator, griptapeInput } from './griptape-evaluator'
import { runSuite } from './runner'
import { suiteSchema, testCaseSchema } from './suite-format'

const serverRun = (status: AssistantRun['status'], extra: Partial<AssistantRun> = {}): AssistantRun => ({
  assistant_run_id: 'gr-1',
  assistant_id: 'asst-1',
  status,
  args: [],
  stream: false,
  created_by: 'u',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  completed_at: null,
  knowledge_base_ids: [],
  retriever_ids: [],
  ruleset_ids: [],
  structure_ids: [],
  tool_ids: [],
  ...extra,
})

/** A Griptape server whose run goes through `statuses` one poll at a time. */
function griptape(statuses: AssistantRun[]) {
  const calls: { method: string; url: string; body: unknown }[] = []
  let polls = 0
  const client = new ApiClient({
    baseUrl: 'http://g.test',
    key: 'griptape',
    auth: new StaticTokenAuth('key'),
    fetch: (input, init) => {
      const url = String(input)
      const method = init?.method ?? 'GET'
      calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : null })
      if (method === 'POST' && url.endsWith('/runs'))
        return Promise.resolve(Response.json(serverRun('QUEUED'), { status: 201 }))
      if (method === 'POST' && url.endsWith('/cancel')) return Promise.resolve(Response.json(serverRun('CANCELLED')))
      const next = statuses[Math.min(polls, statuses.length - 1)] ?? serverRun('RUNNING')
      polls += 1
      return Promise.resolve(Response.json(next))
    },
  })
  return { client, calls }
}

const request: RunRequest = {
  assistant: 'asst-1',
  conversationId: null,
  input: { input: 'Hello there' },
  transcript: null,
}
const fast = { pollMs: 0, newId: () => 'r', sleep: () => Promise.resolve() }

describe('griptapeEvaluator', () => {
  it('creates the run, polls to SUCCEEDED and records the output artifact', async () => {
    const { client, calls } = griptape([
      serverRun('RUNNING'),
      serverRun('SUCCEEDED', { output: { type: 'TextArtifact', value: 'Hi! How can I help?' } }),
    ])
    const run = await griptapeEvaluator(client, fast).run(request, new AbortController().signal)
    expect(run).toMatchObject({
      status: 'succeeded',
      mode: 'json',
      output: 'Hi! How can I help?',
      connectionKey: 'griptape',
    })
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'http://g.test/assistants/asst-1/runs',
      body: { input: 'Hello there' },
    })
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2)
  })

  it('a FAILED run is a failed RunRecord with the reason', async () => {
    const { client } = griptape([serverRun('FAILED', { status_detail: { error: 'Model refused' } })])
    const run = await griptapeEvaluator(client, fast).run(request, new AbortController().signal)
    expect(run).toMatchObject({ status: 'failed', error: { message: 'Model refused', code: 'failed' } })
  })

  it('an HTTP error creating the run is described, never thrown', async () => {
    const client = new ApiClient({
      baseUrl: 'http://g.test',
      key: 'g',
      auth: new StaticTokenAuth('key'),
      fetch: () => Promise.resolve(Response.json({ message: 'not found' }, { status: 404 })),
    })
    const run = await griptapeEvaluator(client, fast).run(request, new AbortController().signal)
    expect(run.status).toBe('failed')
    expect(run.error?.code).toBe('404')
  })

  it('stopping cancels the run on the server', async () => {
    const { client, calls } = griptape([serverRun('RUNNING')])
    const controller = new AbortController()
    let polls = 0
    const run = await griptapeEvaluator(client, {
      ...fast,
      sleep: async () => {
        polls += 1
        if (polls === 2) controller.abort()
      },
    }).run(request, controller.signal)
    expect(run.status).toBe('cancelled')
    await Promise.resolve()
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/assistant-runs/gr-1/cancel'))).toBe(true)
  })

  it('gives up after the timeout', async () => {
    const { client } = griptape([serverRun('RUNNING')])
    let t = 0
    const run = await griptapeEvaluator(client, { ...fast, timeoutMs: 100, now: () => (t += 30) }).run(
      request,
      new AbortController().signal,
    )
    expect(run.error?.code).toBe('timeout')
  })

  it('serves the suite runner: output assertions checked, tool assertions not checkable here', async () => {
    const { client } = griptape([
      serverRun('SUCCEEDED', { output: { type: 'TextArtifact', value: 'Your refund is on its way' } }),
    ])
    const suite = suiteSchema.parse({
      format: 'assistants-console/suite',
      version: 1,
      id: 'g',
      name: 'Griptape',
      cases: [
        {
          id: 'c',
          name: 'refund',
          assistant: 'asst-1',
          input: { input: 'Where is my refund?' },
          assertions: [
            { type: 'contains', value: 'refund' },
            { type: 'tool_called', match: { name: 'x' } },
          ],
        },
      ],
    })
    const result = await runSuite({
      suite,
      evaluator: griptapeEvaluator(client, fast),
      connectionKey: 'g',
      concurrency: 1,
      repeat: 1,
    })
    expect(result.attempts[0]?.status).toBe('passed')
    expect(result.attempts[0]?.assertions.map((a) => a.verdict)).toEqual(['pass', 'unknown'])
  })
})

describe('griptapeInput', () => {
  it('uses input text, then the transcript, then the input as JSON', () => {
    expect(griptapeInput(request)).toBe('Hello there')
    const tc = testCaseSchema.parse({
      id: 'c',
      name: 'c',
      assistant: 'a',
      transcript: [{ speaker: 'customer', text: 'Hi' }],
    })
    expect(griptapeInput({ ...request, input: {}, transcript: tc.transcript })).toContain('Hi')
    expect(griptapeInput({ ...request, input: { a: 1 } })).toBe('{"a":1}')
  })
})

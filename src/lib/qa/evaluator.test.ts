import { describe, expect, it } from 'vitest'
import { ApiClient, StaticTokenAuth } from '@/api/http-client'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import { deepdeskEvaluator, evaluatorJudge, parseJudgeAnswer, type Evaluator } from './evaluator'
import { fakeRun } from './testing/run-fixture'
import { testCaseSchema } from './suite-format'

const request: RunRequest = { assistant: 'demo', conversationId: null, input: {}, transcript: null }

const sse = (events: [string, unknown][]) => events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`)

function stream(
  chunks: string[],
  opts: { hang?: boolean; signal?: AbortSignal | null } = {},
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder()
  let i = 0
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i]
      i += 1
      if (chunk !== undefined) controller.enqueue(enc.encode(chunk))
      else if (!opts.hang) controller.close()
      else
        return new Promise<void>((_, reject) =>
          opts.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        )
    },
  })
}

function client(respond: (init: RequestInit) => Response | Promise<Response>) {
  return new ApiClient({
    baseUrl: 'http://x.test',
    key: 'conn',
    auth: new StaticTokenAuth('tok'),
    fetch: (_input, init) => Promise.resolve(respond(init ?? {})),
  })
}

const sseResponse = (body: ReadableStream<Uint8Array>) =>
  new Response(body, { headers: { 'content-type': 'text/event-stream' } })

const opts = { newId: () => 'run-x', wallClock: () => 42, isOnline: () => true }

describe('deepdeskEvaluator', () => {
  it('returns the finished run with output, tool calls and the connection key', async () => {
    const events = sse([
      ['start', { run_id: 's1', assistant: 'demo', conversation_id: null, created_at: 'x' }],
      ['tool_call', { id: 't1', name: 'call_api', arguments: { method: 'PUT', path: '/c/1' } }],
      ['tool_result', { id: 't1', name: 'call_api', ok: true, result: { status: 200 } }],
      ['delta', { text: 'Hel' }],
      ['delta', { text: 'lo' }],
      ['done', { output: 'Hello' }],
    ])
    const run = await deepdeskEvaluator(
      client(() => sseResponse(stream(events))),
      opts,
    ).run(request, new AbortController().signal)
    expect(run).toMatchObject({
      id: 'run-x',
      connectionKey: 'conn',
      createdAt: 42,
      status: 'succeeded',
      output: 'Hello',
    })
    expect(run.mode).toBe('stream')
    expect(run.timeline.filter((e) => e.kind === 'tool_call')).toHaveLength(1)
  })

  it('reads a plain JSON answer', async () => {
    const run = await deepdeskEvaluator(
      client(() => Response.json({ output: 'hi' })),
      opts,
    ).run(request, new AbortController().signal)
    expect(run).toMatchObject({ status: 'succeeded', mode: 'json', output: 'hi' })
  })

  it('turns an HTTP error into a failed run that says why, never a throw', async () => {
    const run = await deepdeskEvaluator(
      client(() => Response.json({ detail: 'Not found.' }, { status: 404 })),
      opts,
    ).run(request, new AbortController().signal)
    expect(run.status).toBe('failed')
    expect(run.error?.code).toBe('404')
    expect(run.error?.message).toMatch(/^HTTP 404/)
  })

  it('says the stream ended early', async () => {
    const events = sse([['delta', { text: 'a' }]])
    const run = await deepdeskEvaluator(
      client(() => sseResponse(stream(events))),
      opts,
    ).run(request, new AbortController().signal)
    expect(run.error?.code).toBe('incomplete')
  })

  it('cancels when the signal aborts mid-stream', async () => {
    const controller = new AbortController()
    const run = deepdeskEvaluator(
      client((init) => {
        setTimeout(() => controller.abort(), 5)
        return sseResponse(stream(sse([['delta', { text: 'a' }]]), { hang: true, signal: init.signal ?? null }))
      }),
      opts,
    ).run(request, controller.signal)
    expect(await run).toMatchObject({ status: 'cancelled', output: 'a' })
  })

  it('is cancelled at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    let called = false
    const run = await deepdeskEvaluator(
      client(() => {
        called = true
        return Response.json({ output: 'x' })
      }),
      opts,
    ).run(request, controller.signal)
    expect(run.status).toBe('cancelled')
    expect(called).toBe(false)
  })

  it('times out after the inactivity timeout', async () => {
    const run = await deepdeskEvaluator(
      client((init) => sseResponse(stream([], { hang: true, signal: init.signal ?? null }))),
      { ...opts, inactivityTimeoutMs: 20 },
    ).run(request, new AbortController().signal)
    expect(run.status).toBe('failed')
    expect(run.error?.code).toBe('timeout')
  })
})

describe('parseJudgeAnswer', () => {
  it('reads plain, fenced and embedded JSON', () => {
    expect(parseJudgeAnswer('{"pass": true, "reason": "ok"}')).toEqual({ pass: true, reason: 'ok' })
    expect(parseJudgeAnswer('Sure:\n```json\n{"pass": false, "reason": "no"}\n```')).toEqual({
      pass: false,
      reason: 'no',
    })
    expect(parseJudgeAnswer('Verdict: {"pass": false} done')).toEqual({ pass: false, reason: '' })
    expect(parseJudgeAnswer('{"pass": "yes"}')).toBeNull()
    expect(parseJudgeAnswer('I think it passes')).toBeNull()
  })
})

describe('evaluatorJudge', () => {
  const testCase = testCaseSchema.parse({
    id: 'c',
    name: 'c',
    assistant: 'demo-routing',
    transcript: [{ speaker: 'customer', text: 'I want a refund' }],
  })
  const fixed = (run: RunRecord, seen: RunRequest[] = []): Evaluator => ({
    run: async (req) => {
      seen.push(req)
      return run
    },
  })

  it('sends output, rubric and transcript as input, to the judge assistant', async () => {
    const seen: RunRequest[] = []
    const judge = evaluatorJudge(fixed(fakeRun({ output: '{"pass": true, "reason": "fine"}' }), seen))
    const answer = await judge({ assistant: 'demo-qa-grader', rubric: 'Says "refund"', output: 'A refund', testCase })
    expect(answer).toEqual({ pass: true, reason: 'fine' })
    expect(seen[0]).toMatchObject({
      assistant: 'demo-qa-grader',
      input: { output: 'A refund', rubric: 'Says "refund"', transcript: expect.stringContaining('I want a refund') },
      transcript: testCase.transcript,
    })
  })

  it('reports a failed run or an answer that is not a verdict', async () => {
    const failed = await evaluatorJudge(fixed(fakeRun({ end: 'fail', error: 'HTTP 404: nope' })))({
      assistant: 'g',
      rubric: 'r',
      output: 'o',
      testCase,
    })
    expect(failed).toEqual({ error: 'the judge run failed: HTTP 404: nope' })
    const prose = await evaluatorJudge(fixed(fakeRun({ output: 'Looks good to me' })))({
      assistant: 'g',
      rubric: 'r',
      output: 'o',
      testCase,
    })
    expect(prose).toEqual({ error: 'the judge answered "Looks good to me", not {"pass": true|false, "reason": "…"}' })
  })
})

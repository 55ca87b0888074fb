import { describe, expect, it } from 'vitest'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import { runReducer } from '@/lib/run/run-model'
import type { Judge } from './assertions'
import type { Evaluator } from './evaluator'
import { runSuite } from './runner'
import { suiteSchema, type Suite } from './suite-format'
import { fakeRun, type FakeRunSpec } from './testing/run-fixture'

function suiteOf(n: number, extra: Partial<Suite['cases'][number]> = {}): Suite {
  return suiteSchema.parse({
    format: 'assistants-console/suite',
    version: 1,
    id: 's',
    name: 'S',
    cases: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      name: `Case ${i}`,
      assistant: 'demo-routing',
      assertions: [{ type: 'contains', value: 'ok' }],
      ...extra,
    })),
  })
}

const tick = () => new Promise((r) => setTimeout(r, 1))

/** Answers after a few ticks; records requests and the peak number in flight; honours the signal. */
function fakeEvaluator(answer: (req: RunRequest, n: number) => FakeRunSpec = () => ({ output: 'ok' }), delay = 3) {
  const state = { inFlight: 0, peak: 0, requests: [] as RunRequest[], cancelled: 0 }
  const evaluator: Evaluator = {
    async run(req, signal) {
      const n = state.requests.length
      state.requests.push(req)
      state.inFlight += 1
      state.peak = Math.max(state.peak, state.inFlight)
      try {
        for (let i = 0; i < delay; i += 1) {
          if (signal.aborted) break
          await tick()
        }
        const run = fakeRun({ assistant: req.assistant, ...answer(req, n), id: `r${n}` })
        if (signal.aborted) {
          state.cancelled += 1
          return runReducer({ ...run, status: 'running' }, { type: 'cancel', at: 1 })
        }
        return run
      } finally {
        state.inFlight -= 1
      }
    },
  }
  return { evaluator, state }
}

describe('runSuite', () => {
  it('never has more than `concurrency` requests in flight and runs every attempt', async () => {
    const { evaluator, state } = fakeEvaluator()
    const updates: string[] = []
    const run = await runSuite({
      suite: suiteOf(7),
      evaluator,
      connectionKey: 'k',
      concurrency: 3,
      repeat: 2,
      onUpdate: (r, a) => updates.push(`${r.attempts.length}:${a.caseId}#${a.attempt}`),
    })
    expect(state.peak).toBe(3)
    expect(run.attempts).toHaveLength(14)
    expect(updates).toHaveLength(14)
    expect(run.status).toBe('finished')
    expect(run.finishedAt).not.toBeNull()
    expect(run.attempts.every((a) => a.status === 'passed')).toBe(true)
  })

  it('interleaves repeats: every first attempt is sent before any second one', async () => {
    const { evaluator, state } = fakeEvaluator()
    const starts: string[] = []
    await runSuite({
      suite: suiteOf(3),
      evaluator,
      connectionKey: 'k',
      concurrency: 1,
      repeat: 2,
      onAttemptStart: (s) => starts.push(`${s.caseId}#${s.attempt}`),
    })
    expect(starts).toEqual(['c0#0', 'c1#0', 'c2#0', 'c0#1', 'c1#1', 'c2#1'])
    expect(state.requests).toHaveLength(6)
  })

  it('stop cancels requests in flight, starts no more, and ends as stopped', async () => {
    const { evaluator, state } = fakeEvaluator(undefined, 50)
    const controller = new AbortController()
    const promise = runSuite({
      suite: suiteOf(10),
      evaluator,
      connectionKey: 'k',
      concurrency: 2,
      repeat: 1,
      signal: controller.signal,
    })
    await tick()
    controller.abort()
    const run = await promise
    expect(run.status).toBe('stopped')
    expect(state.requests).toHaveLength(2)
    expect(run.attempts.map((a) => a.status)).toEqual(['cancelled', 'cancelled'])
    expect(run.attempts.every((a) => a.assertions.length === 0)).toBe(true)
  })

  it('runs only the chosen cases, in suite order', async () => {
    const { evaluator, state } = fakeEvaluator()
    const run = await runSuite({
      suite: suiteOf(4),
      evaluator,
      connectionKey: 'k',
      caseIds: ['c3', 'c1'],
      concurrency: 1,
      repeat: 1,
    })
    expect(state.requests).toHaveLength(2)
    expect(run.attempts.map((a) => a.caseId)).toEqual(['c1', 'c3'])
    expect(run.caseIds).toEqual(['c1', 'c3'])
  })

  it("applies assistant overrides to the case's request and never to the judge", async () => {
    const { evaluator, state } = fakeEvaluator()
    const seen: { assistant: string; caseAssistant: string }[] = []
    const judge: Judge = async (req) => {
      seen.push({ assistant: req.assistant, caseAssistant: req.testCase.assistant })
      return { pass: true, reason: 'fine' }
    }
    const suite = suiteOf(1, {
      assertions: [{ type: 'judge', assistant: 'demo-qa-grader', rubric: 'ok' }],
    })
    const run = await runSuite({
      suite,
      evaluator,
      judge,
      connectionKey: 'k',
      concurrency: 1,
      repeat: 1,
      assistantOverrides: { 'demo-routing': 'demo-routing-draft-x1', 'demo-qa-grader': 'nope' },
      label: 'draft',
    })
    expect(state.requests[0]?.assistant).toBe('demo-routing-draft-x1')
    expect(seen).toEqual([{ assistant: 'demo-qa-grader', caseAssistant: 'demo-routing-draft-x1' }])
    expect(run).toMatchObject({ label: 'draft', assistantOverrides: { 'demo-routing': 'demo-routing-draft-x1' } })
    expect(run.attempts[0]?.status).toBe('passed')
  })

  it('sends the case request as written', async () => {
    const { evaluator, state } = fakeEvaluator()
    const suite = suiteOf(1, {
      conversation_id: 'conv-1',
      input: { media_type: 'chat' },
      transcript: [{ speaker: 'customer', text: 'hi' }],
    })
    await runSuite({ suite, evaluator, connectionKey: 'k', concurrency: 2, repeat: 1 })
    expect(state.requests[0]).toEqual({
      assistant: 'demo-routing',
      conversationId: 'conv-1',
      input: { media_type: 'chat' },
      transcript: [{ speaker: 'customer', text: 'hi' }],
    })
  })

  it('attempt status: passed, failed, error for runs that could not be made, failed for a server error event', async () => {
    const answers: FakeRunSpec[] = [
      { output: 'ok' },
      { output: 'nope' },
      { end: 'fail', error: 'HTTP 502: bad gateway' },
      { end: 'fail', error: 'Simulated model failure', output: 'ok' },
    ]
    const { evaluator } = fakeEvaluator((_req, n) => answers[n] ?? {})
    const patched: Evaluator = {
      async run(req, signal) {
        const run: RunRecord = await evaluator.run(req, signal)
        // The fixture's failures have no code: give the HTTP one its code, as deepdeskEvaluator does.
        if (run.error?.message.startsWith('HTTP')) return { ...run, error: { ...run.error, code: '502' } }
        return run
      },
    }
    const run = await runSuite({ suite: suiteOf(4), evaluator: patched, connectionKey: 'k', concurrency: 1, repeat: 1 })
    expect(run.attempts.map((a) => a.status)).toEqual(['passed', 'failed', 'error', 'failed'])
    expect(run.attempts[2]?.assertions).toEqual([])
    expect(run.attempts[3]?.assertions[0]?.reason).toBe('the run failed: Simulated model failure')
  })

  it('an attempt stopped while its judge grades is cancelled, not passed', async () => {
    const { evaluator } = fakeEvaluator()
    const controller = new AbortController()
    const judge: Judge = async () => {
      controller.abort()
      return { error: 'the judge run was cancelled' }
    }
    const suite = suiteOf(1, { assertions: [{ type: 'judge', assistant: 'g', rubric: 'r' }] })
    const run = await runSuite({
      suite,
      evaluator,
      judge,
      connectionKey: 'k',
      concurrency: 1,
      repeat: 1,
      signal: controller.signal,
    })
    expect(run.status).toBe('stopped')
    expect(run.attempts[0]).toMatchObject({ status: 'cancelled', assertions: [{ verdict: 'unknown' }] })
  })

  it('unknown verdicts do not fail an attempt', async () => {
    const { evaluator } = fakeEvaluator()
    const suite = suiteOf(1, { assertions: [{ type: 'judge', assistant: 'g', rubric: 'r' }] })
    const run = await runSuite({ suite, evaluator, connectionKey: 'k', concurrency: 1, repeat: 1 })
    expect(run.attempts[0]).toMatchObject({ status: 'passed', assertions: [{ verdict: 'unknown' }] })
  })

  it('an evaluator that throws gives an error attempt, not a crash', async () => {
    const evaluator: Evaluator = {
      run: () => Promise.reject(new Error('socket hang up')),
    }
    const run = await runSuite({ suite: suiteOf(2), evaluator, connectionKey: 'k', concurrency: 2, repeat: 1 })
    expect(run.attempts.map((a) => a.status)).toEqual(['error', 'error'])
    expect(run.attempts[0]?.run.error?.message).toContain('socket hang up')
  })

  it('an empty suite finishes at once', async () => {
    const { evaluator } = fakeEvaluator()
    const run = await runSuite({ suite: suiteOf(0), evaluator, connectionKey: 'k', concurrency: 2, repeat: 3, id: 'x' })
    expect(run).toMatchObject({ id: 'x', status: 'finished', attempts: [], repeat: 3 })
  })
})

import { describe, expect, it } from 'vitest'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import { describeToolCall, runHealth, toolFailures } from './tool-failures'

const put = { api_code: 'cx', method: 'put', path: '/categories/42' }

describe('toolFailures', () => {
  it('is empty when every call answered ok', () => {
    const run = fakeRun({
      tools: [{ name: 'call_api', arguments: put, result: { ok: true, result: { status: 200 } } }],
    })
    expect(toolFailures(run)).toEqual([])
    expect(runHealth(run)).toBe('succeeded')
  })

  it('reports a skipped call_api with the mock reason', () => {
    const run = fakeRun({
      tools: [
        {
          name: 'call_api',
          arguments: put,
          result: { ok: false, result: { skipped: true, reason: 'outbound calls to x.com are disabled' } },
        },
      ],
    })
    expect(toolFailures(run)).toEqual([
      {
        id: 'call-1',
        name: 'call_api',
        reason: 'call_api PUT /categories/42 was skipped: outbound calls to x.com are disabled',
      },
    ])
    expect(runHealth(run)).toBe('succeeded-with-failed-tools')
  })

  it('counts a skipped result as failed even when ok is true', () => {
    const run = fakeRun({
      tools: [{ name: 'call_api', arguments: put, result: { ok: true, result: { skipped: true } } }],
    })
    expect(toolFailures(run)[0]?.reason).toBe('call_api PUT /categories/42 was skipped')
  })

  it('reports errors and HTTP statuses', () => {
    const run = fakeRun({
      tools: [
        { name: 'call_api', arguments: put, result: { ok: false, result: { error: 'API "cx" is not configured.' } } },
        { name: 'call_api', arguments: put, result: { ok: false, result: { status: 500, ok: false, body: 'x' } } },
        { name: 'lookup', result: { ok: false, result: 'no such order' } },
        { name: 'lookup', result: { ok: false } },
      ],
    })
    expect(toolFailures(run).map((f) => f.reason)).toEqual([
      'call_api PUT /categories/42 failed: API "cx" is not configured.',
      'call_api PUT /categories/42 failed: answered HTTP 500',
      'lookup failed: no such order',
      'lookup failed',
    ])
  })

  it('reports a call without a result once the run has ended, not while it runs', () => {
    const done = fakeRun({ tools: [{ name: 'call_api', arguments: put }] })
    expect(toolFailures(done)[0]?.reason).toBe('call_api PUT /categories/42 got no result before the run ended')
    const failed = fakeRun({ end: 'fail', tools: [{ name: 'x' }] })
    expect(toolFailures(failed)[0]?.reason).toBe('x got no result: the run failed before the tool answered')
    const cancelled = fakeRun({ end: 'cancel', tools: [{ name: 'x' }] })
    expect(toolFailures(cancelled)[0]?.reason).toMatch(/cancelled/)
    const running = fakeRun({ end: 'none', tools: [{ name: 'x' }] })
    expect(toolFailures(running)).toEqual([])
    expect(runHealth(running)).toBe('running')
  })

  it('reports a failed result whose call never showed', () => {
    const run = fakeRun()
    const orphan = {
      ...run,
      timeline: [
        ...run.timeline,
        { kind: 'tool_result' as const, at: 3, id: 'z', name: 'lookup', ok: false, result: null, durationMs: null },
      ],
    }
    expect(toolFailures(orphan)).toEqual([{ id: 'z', name: 'lookup', reason: 'lookup failed' }])
  })
})

describe('runHealth', () => {
  it('passes the lifecycle status through for runs that did not succeed', () => {
    expect(runHealth(fakeRun({ end: 'fail' }))).toBe('failed')
    expect(runHealth(fakeRun({ end: 'cancel' }))).toBe('cancelled')
    expect(runHealth(fakeRun({ end: 'fail', tools: [{ name: 'x', result: { ok: false } }] }))).toBe('failed')
  })
})

describe('describeToolCall', () => {
  it('names call_api by method and path', () => {
    expect(describeToolCall('call_api', { method: 'post', path: '/a' })).toBe('call_api POST /a')
    expect(describeToolCall('call_api', 'junk')).toBe('call_api')
    expect(describeToolCall('search', { q: 1 })).toBe('search')
  })
})

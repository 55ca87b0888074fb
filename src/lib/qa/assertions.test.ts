import { describe, expect, it, vi } from 'vitest'
import { fakeRun, type FakeRunSpec } from './testing/run-fixture'
import { checkAssertions, describeAssertion, NOT_CHECKABLE_TOOLS, type Judge } from './assertions'
import type { AssertionResult } from './results'
import { testCaseSchema, type Assertion } from './suite-format'

const caseWith = (assertions: Assertion[]) =>
  testCaseSchema.parse({ id: 'c1', name: 'case', assistant: 'demo-routing', assertions })

async function check(a: Assertion, spec: FakeRunSpec = {}, judge?: Judge): Promise<AssertionResult> {
  const [result] = await checkAssertions(caseWith([a]), fakeRun(spec), judge ? { judge } : {})
  if (!result) throw new Error('no result')
  return result
}

const routed: FakeRunSpec = {
  output: 'The conversation has been categorized under "Refunds".',
  tools: [
    {
      name: 'call_api',
      arguments: { api_code: 'cx', method: 'PUT', path: '/categories/42?x=1', payload: { category_id: 'c-9', n: [1] } },
      result: { ok: true, result: { status: 200 } },
    },
    { name: 'lookup', arguments: { q: 'a' }, result: { ok: true } },
  ],
}

describe('output assertions', () => {
  it('contains: pass, fail with the output start, negated, case', async () => {
    expect(await check({ type: 'contains', value: 'refunds' }, routed)).toMatchObject({
      verdict: 'pass',
      description: 'output contains "refunds"',
      reason: expect.stringContaining('found at "…'),
    })
    const fail = await check({ type: 'contains', value: 'refund' }, { output: 'Hello there' })
    expect(fail.verdict).toBe('fail')
    expect(fail.reason).toBe('expected output contains "refund"; not found (output starts "Hello there")')
    expect((await check({ type: 'contains', value: 'refund', negate: true }, { output: 'Hello' })).verdict).toBe('pass')
    const negFail = await check({ type: 'contains', value: 'Refunds', negate: true }, routed)
    expect(negFail).toMatchObject({ verdict: 'fail', description: 'output does not contain "Refunds"' })
    expect((await check({ type: 'contains', value: 'refunds', case_sensitive: true }, routed)).verdict).toBe('fail')
  })

  it('equals trims by default and points at the first difference', async () => {
    expect((await check({ type: 'equals', value: 'ok' }, { output: ' ok\n' })).verdict).toBe('pass')
    expect((await check({ type: 'equals', value: 'ok', trim: false }, { output: ' ok\n' })).verdict).toBe('fail')
    const fail = await check({ type: 'equals', value: 'abcd' }, { output: 'abXd' })
    expect(fail.reason).toContain('differ at character 3')
  })

  it('regex: match, no match, negated, invalid pattern is unknown', async () => {
    expect((await check({ type: 'regex', pattern: 'categori[sz]ed' }, routed)).verdict).toBe('pass')
    expect((await check({ type: 'regex', pattern: '^no', flags: 'i' }, routed)).verdict).toBe('fail')
    expect((await check({ type: 'regex', pattern: '^no', negate: true }, routed)).verdict).toBe('pass')
    const bad = await check({ type: 'regex', pattern: '(' }, routed)
    expect(bad.verdict).toBe('unknown')
    expect(bad.reason).toMatch(/regular expression is invalid/)
    expect((await check({ type: 'regex', pattern: '(', negate: true }, routed)).verdict).toBe('unknown')
  })

  it('is_json names a fenced block', async () => {
    expect((await check({ type: 'is_json' }, { output: '{"a":1}' })).verdict).toBe('pass')
    const fenced = await check({ type: 'is_json' }, { output: '```json\n{"a":1}\n```' })
    expect(fenced.verdict).toBe('fail')
    expect(fenced.reason).toContain('wrapped in a ``` block')
    expect((await check({ type: 'is_json', negate: true }, { output: 'text' })).verdict).toBe('pass')
  })

  it('json_path: equals deeply, exists, missing key, non-JSON output fails even negated', async () => {
    const json: FakeRunSpec = { output: JSON.stringify({ category: { id: 'x', tags: ['a'] }, updated: true }) }
    expect((await check({ type: 'json_path', path: '$.updated', equals: true }, json)).verdict).toBe('pass')
    expect(
      (await check({ type: 'json_path', path: '$.category', equals: { tags: ['a'], id: 'x' } }, json)).verdict,
    ).toBe('pass')
    const wrong = await check({ type: 'json_path', path: '$.category.id', equals: 'y' }, json)
    expect(wrong).toMatchObject({ verdict: 'fail', reason: 'expected $.category.id equals "y"; $.category.id is "x"' })
    const missing = await check({ type: 'json_path', path: '$.nope', equals: 1 }, json)
    expect(missing.reason).toContain('$ has no key "nope"')
    expect((await check({ type: 'json_path', path: '$.nope', equals: undefined, negate: true }, json)).verdict).toBe(
      'pass',
    )
    expect((await check({ type: 'json_path', path: '$.updated', equals: false, negate: true }, json)).verdict).toBe(
      'pass',
    )
    const notJson = await check({ type: 'json_path', path: '$.a', equals: 1, negate: true }, { output: 'hi' })
    expect(notJson).toMatchObject({ verdict: 'fail', reason: expect.stringMatching(/^the output is not JSON/) })
    expect((await check({ type: 'json_path', path: 'a', equals: 1 }, json)).verdict).toBe('unknown')
  })

  it('json_schema: valid, errors as JSON paths, invalid schema unknown', async () => {
    const schema = {
      type: 'object',
      required: ['category'],
      properties: { category: { type: 'string', enum: ['A', 'B'] } },
    }
    expect((await check({ type: 'json_schema', schema }, { output: '{"category":"A"}' })).verdict).toBe('pass')
    const fail = await check({ type: 'json_schema', schema }, { output: '{"category":"C"}' })
    expect(fail.verdict).toBe('fail')
    expect(fail.reason).toContain('$.category: Instance does not match any of ["A","B"]')
    expect(fail.reason).not.toContain('does not match schema')
    expect((await check({ type: 'json_schema', schema, negate: true }, { output: '{}' })).verdict).toBe('pass')
    const bad = await check({ type: 'json_schema', schema: { type: 'strng' } }, { output: '{}' })
    expect(bad).toMatchObject({ verdict: 'unknown', reason: expect.stringContaining('#/type: "strng"') })
    const badRef = await check({ type: 'json_schema', schema: { $ref: '#/$defs/x' } }, { output: '{}' })
    expect(badRef.verdict).toBe('unknown')
  })

  it('a failed or cancelled run fails every output check, negated or not', async () => {
    const failed: FakeRunSpec = { end: 'fail', error: 'HTTP 500: boom', output: 'partial' }
    for (const a of [
      { type: 'contains', value: 'x', negate: true },
      { type: 'is_json', negate: true },
      { type: 'equals', value: 'partial' },
    ] satisfies Assertion[]) {
      expect(await check(a, failed)).toMatchObject({ verdict: 'fail', reason: 'the run failed: HTTP 500: boom' })
    }
    expect((await check({ type: 'contains', value: 'x' }, { end: 'cancel' })).reason).toMatch(/cancelled/)
  })
})

describe('tool assertions', () => {
  it('tool_called with call_api fields, payload fields and query ignored', async () => {
    const a: Assertion = {
      type: 'tool_called',
      match: {
        name: 'call_api',
        api_code: 'cx',
        method: 'put',
        path: '/categories/*',
        payload: { category_id: 'c-9' },
      },
    }
    expect(await check(a, routed)).toMatchObject({
      verdict: 'pass',
      description: 'call_api PUT /categories/* (api cx) with payload {"category_id":"c-9"} called',
      reason: 'call_api PUT /categories/* (api cx) with payload {"category_id":"c-9"} called 1 time',
    })
  })

  it('explains a near miss', async () => {
    const a: Assertion = { type: 'tool_called', match: { name: 'call_api', method: 'POST', path: '/categories/*' } }
    const r = await check(a, routed)
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      'call_api POST /categories/* called 0 times, expected at least once (calls made: call_api PUT /categories/42?x=1 (method is PUT, not POST), lookup)',
    )
    expect((await check(a, { output: 'x' })).reason).toContain('it made no tool calls')
  })

  it('min/max counts and negation (not called)', async () => {
    const twice: FakeRunSpec = {
      tools: [
        { name: 'x', result: { ok: true } },
        { name: 'x', result: { ok: true } },
      ],
    }
    expect((await check({ type: 'tool_called', match: { name: 'x' }, max: 1 }, twice)).verdict).toBe('fail')
    expect((await check({ type: 'tool_called', match: { name: 'x' }, min: 2, max: 2 }, twice)).verdict).toBe('pass')
    expect((await check({ type: 'tool_called', match: { name: 'x' }, min: 3 }, twice)).reason).toContain(
      'expected at least 3 times',
    )
    const none = await check({ type: 'tool_called', match: { name: 'y' }, max: 0 }, twice)
    expect(none).toMatchObject({ verdict: 'pass', description: 'y not called' })
    expect(await check({ type: 'tool_called', match: { name: 'x' }, negate: true }, twice)).toMatchObject({
      verdict: 'fail',
      description: 'x not called',
      reason: 'x called 2 times, expected none',
    })
    expect((await check({ type: 'tool_called', match: { name: 'x' }, max: 1 }, twice)).reason).toBe(
      'x called 2 times, expected exactly once',
    )
    expect((await check({ type: 'tool_called', match: { name: 'x' }, max: 0 }, twice)).reason).toBe(
      'x called 2 times, expected none',
    )
    expect((await check({ type: 'tool_called', match: { name: 'y' }, max: 0, negate: true }, twice)).reason).toBe(
      'y called 0 times, expected at least once',
    )
    expect((await check({ type: 'tool_called', match: { name: 'y' }, negate: true }, twice)).verdict).toBe('pass')
  })

  it('arguments match by deep equality', async () => {
    expect(
      (await check({ type: 'tool_called', match: { name: 'lookup', arguments: { q: 'a' } } }, routed)).verdict,
    ).toBe('pass')
    const r = await check({ type: 'tool_called', match: { name: 'lookup', arguments: { q: 'b' } } }, routed)
    expect(r.reason).toContain('argument "q" is "a", not "b"')
  })

  it('tool_order is an in-order subsequence', async () => {
    const calls = [{ name: 'call_api' }, { name: 'lookup' }]
    expect((await check({ type: 'tool_order', calls }, routed)).verdict).toBe('pass')
    const reversed = await check({ type: 'tool_order', calls: [{ name: 'lookup' }, { name: 'call_api' }] }, routed)
    expect(reversed.verdict).toBe('fail')
    expect(reversed.reason).toContain('no call_api after lookup (call 2) (it was called, but earlier)')
    expect(
      (await check({ type: 'tool_order', calls: [{ name: 'lookup' }, { name: 'call_api' }], negate: true }, routed))
        .verdict,
    ).toBe('pass')
  })

  it('is not checkable on a plain JSON answer, negated or not', async () => {
    for (const negate of [false, true]) {
      const r = await check(
        { type: 'tool_called', match: { name: 'call_api' }, negate },
        { mode: 'json', output: '{}' },
      )
      expect(r).toMatchObject({ verdict: 'unknown', reason: NOT_CHECKABLE_TOOLS })
    }
  })

  it('on a failed run: a call that happened passes, absence cannot be proven', async () => {
    const failed: FakeRunSpec = { ...routed, end: 'fail', error: 'cut' }
    expect((await check({ type: 'tool_called', match: { name: 'call_api' } }, failed)).verdict).toBe('pass')
    expect(await check({ type: 'tool_called', match: { name: 'nope' }, negate: true }, failed)).toMatchObject({
      verdict: 'fail',
      reason: 'the run failed: cut',
    })
  })
})

describe('run assertions', () => {
  it('run_succeeded fails on an error and on a failed tool call', async () => {
    expect((await check({ type: 'run_succeeded' }, routed)).verdict).toBe('pass')
    expect(await check({ type: 'run_succeeded' }, { end: 'fail', error: 'boom' })).toMatchObject({
      verdict: 'fail',
      reason: expect.stringContaining('the run failed: boom'),
    })
    const skipped = await check(
      { type: 'run_succeeded' },
      {
        tools: [
          {
            name: 'call_api',
            arguments: { method: 'PUT', path: '/c/1' },
            result: { ok: false, result: { skipped: true, reason: 'no outbound' } },
          },
        ],
      },
    )
    expect(skipped.verdict).toBe('fail')
    expect(skipped.reason).toContain('call_api PUT /c/1 was skipped: no outbound')
    expect((await check({ type: 'run_succeeded', negate: true }, { end: 'fail' })).verdict).toBe('pass')
  })

  it('times come from the metrics', async () => {
    expect(await check({ type: 'ttft_under', ms: 200 }, { output: 'x', ttftMs: 150 })).toMatchObject({
      verdict: 'pass',
      description: 'time to first token under 0.2 s',
      reason: 'time to first token was 0.15 s',
    })
    expect((await check({ type: 'total_time_under', ms: 400 }, { totalMs: 500 })).verdict).toBe('fail')
    expect((await check({ type: 'total_time_under', ms: 400, negate: true }, { totalMs: 500 })).verdict).toBe('pass')
    expect((await check({ type: 'total_time_under', ms: 4000 }, { end: 'fail' })).verdict).toBe('fail')
  })
})

describe('judge', () => {
  const a: Assertion = { type: 'judge', assistant: 'demo-qa-grader', rubric: 'Mentions the category' }

  it('is unknown without a judge', async () => {
    expect((await check(a, routed)).verdict).toBe('unknown')
  })

  it('passes the output, rubric and case to the judge and reads its verdict', async () => {
    const judge = vi.fn<Judge>(async () => ({ pass: true, reason: 'names Refunds' }))
    const r = await check(a, routed, judge)
    expect(r).toMatchObject({ verdict: 'pass', reason: 'demo-qa-grader: names Refunds' })
    expect(judge.mock.calls[0]?.[0]).toMatchObject({
      assistant: 'demo-qa-grader',
      rubric: 'Mentions the category',
      output: routed.output,
      testCase: { id: 'c1' },
    })
    expect((await check({ ...a, negate: true }, routed, judge)).verdict).toBe('fail')
    expect((await check(a, routed, async () => ({ pass: false, reason: 'no' }))).verdict).toBe('fail')
  })

  it('is unknown with the error text when the judge fails or throws', async () => {
    const r = await check(a, routed, async () => ({ error: 'HTTP 404: not found' }))
    expect(r).toMatchObject({
      verdict: 'unknown',
      reason: 'the judge demo-qa-grader gave no verdict: HTTP 404: not found',
    })
    const thrown = await check(a, routed, async () => {
      throw new Error('offline')
    })
    expect(thrown.reason).toContain('offline')
  })

  it('is not asked about a failed run', async () => {
    const judge = vi.fn<Judge>(async () => ({ pass: true, reason: '' }))
    expect((await check(a, { end: 'fail', error: 'x' }, judge)).verdict).toBe('fail')
    expect(judge).not.toHaveBeenCalled()
  })
})

describe('describeAssertion', () => {
  it('uses the label when there is one', () => {
    expect(describeAssertion({ type: 'is_json', label: 'answers JSON' })).toBe('answers JSON')
  })
  it('describes counts', () => {
    const m = { name: 't' }
    expect(describeAssertion({ type: 'tool_called', match: m, min: 2 })).toBe('t called at least 2 times')
    expect(describeAssertion({ type: 'tool_called', match: m, max: 1 })).toBe('t called exactly once')
    expect(describeAssertion({ type: 'tool_called', match: m, min: 0, max: 3 })).toBe('t called at most 3 times')
    expect(describeAssertion({ type: 'tool_called', match: m, min: 1, max: 3 })).toBe('t called 1 to 3 times')
    expect(describeAssertion({ type: 'tool_order', calls: [m, { name: 'u' }] })).toBe('in this order: t → u')
    expect(describeAssertion({ type: 'json_path', path: '$.a', equals: 'x' })).toBe('$.a equals "x"')
    expect(describeAssertion({ type: 'run_succeeded', negate: true })).toMatch(/^run fails/)
  })
})

import { describe, expect, it } from 'vitest'
import { checkAssertions } from './assertions'
import { generalizePath, headroomMs, looksLikeId, suggestAssertions } from './suggest'
import { testCaseSchema } from './suite-format'
import { fakeRun } from './testing/run-fixture'

const routed = fakeRun({
  output: JSON.stringify({
    category: 'Refunds',
    category_id: '65fd1ab3c2e4f5a6b7c8d9e0',
    updated: true,
    message: 'The conversation has been categorized under "Refunds" and the category has been updated successfully.',
    meta: { a: 1 },
  }),
  totalMs: 1234,
  tools: [
    {
      name: 'call_api',
      arguments: { api_code: 'cx', method: 'put', path: '/conversations/4711/categories/65fd1ab3c2e4f5a6b7c8d9e0?x=1' },
      result: { ok: true, result: { status: 200 } },
    },
    { name: 'lookup', result: { ok: true } },
    { name: 'lookup', result: { ok: true } },
  ],
})

describe('suggestAssertions', () => {
  const suggestions = suggestAssertions(routed)
  const assertions = suggestions.map((s) => s.assertion)

  it('proposes the tools called, with call_api method and a generalized path, and their order', () => {
    expect(assertions).toContainEqual({
      type: 'tool_called',
      match: { name: 'call_api', api_code: 'cx', method: 'PUT', path: '/conversations/*/categories/*' },
    })
    expect(assertions).toContainEqual({ type: 'tool_called', match: { name: 'lookup' } })
    expect(assertions.filter((a) => a.type === 'tool_called')).toHaveLength(2)
    expect(assertions).toContainEqual({
      type: 'tool_order',
      calls: [
        { name: 'call_api', api_code: 'cx', method: 'PUT', path: '/conversations/*/categories/*' },
        { name: 'lookup' },
      ],
    })
    expect(
      suggestions.find((s) => s.assertion.type === 'tool_called' && s.assertion.match.name === 'lookup')?.why,
    ).toBe('This run called lookup 2 times.')
  })

  it('proposes JSON shape, pins short values but not free text or structures', () => {
    expect(assertions).toContainEqual({ type: 'is_json' })
    expect(assertions).toContainEqual({ type: 'json_path', path: '$.category', equals: 'Refunds' })
    expect(assertions).toContainEqual({ type: 'json_path', path: '$.updated', equals: true })
    expect(assertions).toContainEqual({ type: 'json_path', path: '$.message' })
    expect(assertions).toContainEqual({ type: 'json_path', path: '$.meta' })
    const schema = assertions.find((a) => a.type === 'json_schema')
    expect(schema).toMatchObject({ schema: { required: ['category', 'category_id', 'updated', 'message', 'meta'] } })
  })

  it('proposes run_succeeded and a total time with 3x headroom', () => {
    expect(assertions).toContainEqual({ type: 'run_succeeded' })
    expect(assertions).toContainEqual({ type: 'total_time_under', ms: 4000 })
  })

  it('every suggestion passes on the run it came from', async () => {
    const testCase = testCaseSchema.parse({ id: 'c', name: 'c', assistant: 'demo', assertions })
    const results = await checkAssertions(testCase, routed)
    expect(results.filter((r) => r.verdict !== 'pass')).toEqual([])
  })

  it('proposes no tools for a plain JSON answer, and no run_succeeded for a run with a failed tool', () => {
    const json = suggestAssertions(fakeRun({ mode: 'json', output: 'hello' })).map((s) => s.assertion.type)
    expect(json).toEqual(['run_succeeded', 'total_time_under'])
    const skipped = fakeRun({ tools: [{ name: 'call_api', result: { ok: false, result: { skipped: true } } }] })
    expect(suggestAssertions(skipped).map((s) => s.assertion.type)).not.toContain('run_succeeded')
  })

  it('proposes nothing about output or time for a failed run', () => {
    expect(suggestAssertions(fakeRun({ end: 'fail', output: '{"a":1}' }))).toEqual([])
  })
})

describe('path helpers', () => {
  it.each([
    ['42', true],
    ['3fa85f64-5717-4562-b3fc-2c963f66afa6', true],
    ['65fd1ab3c2e4f5a6b7c8d9e0', true],
    ['categories', false],
    ['v2', false],
    ['conversation_category_update', false],
  ])('looksLikeId(%s) = %s', (s, expected) => {
    expect(looksLikeId(s)).toBe(expected)
  })
  it('generalizes ids and drops the query', () => {
    expect(generalizePath('/api/v2/conversations/12/category?force=1')).toBe('/api/v2/conversations/*/category')
    expect(generalizePath('categories/7')).toBe('categories/*')
  })
  it('rounds headroom up to whole seconds', () => {
    expect(headroomMs(10)).toBe(1000)
    expect(headroomMs(1234)).toBe(4000)
    expect(headroomMs(2000)).toBe(6000)
  })
})

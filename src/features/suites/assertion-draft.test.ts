import { describe, expect, it } from 'vitest'
import type { Assertion } from '@/lib/qa/suite-format'
import { ASSERTION_TYPES, draftIssues, emptyDraft, fromDraft, toDraft, typeLabel } from './assertion-draft'

const roundTrips: Assertion[] = [
  { type: 'contains', value: 'refund', case_sensitive: true },
  { type: 'contains', value: 'sorry', negate: true, label: 'no apologies' },
  { type: 'equals', value: 'OK', trim: false },
  { type: 'regex', pattern: '^Hello\\b', flags: 'i' },
  { type: 'is_json' },
  { type: 'json_path', path: '$.category', equals: 'billing' },
  { type: 'json_path', path: '$.count', equals: 3 },
  { type: 'json_path', path: '$.id', equals: undefined },
  { type: 'json_schema', schema: { type: 'object', required: ['category'] } },
  {
    type: 'tool_called',
    match: { name: 'call_api', api_code: 'cx', method: 'PUT', path: '/categories/*', payload: { category: 'x' } },
    min: 1,
    max: 2,
  },
  { type: 'tool_called', match: { name: 'search', arguments: { q: 'a' } }, max: 0 },
  { type: 'tool_order', calls: [{ name: 'a' }, { name: 'b', method: 'GET' }] },
  { type: 'run_succeeded', negate: true },
  { type: 'ttft_under', ms: 1500 },
  { type: 'total_time_under', ms: 8000 },
  { type: 'judge', assistant: 'demo-qa-grader', rubric: 'Says "refund"' },
]

describe('assertion drafts', () => {
  it.each(roundTrips.map((a) => [a.type, a] as const))(
    '%s: toDraft then fromDraft gives the assertion back',
    (_, a) => {
      const back = fromDraft(toDraft(a))
      expect(back).toEqual(a)
    },
  )

  it('every type in the menu makes an editable draft with a label and a negated wording', () => {
    for (const t of ASSERTION_TYPES) {
      const d = emptyDraft(t.type)
      expect(d.type).toBe(t.type)
      expect(typeLabel(t.type)).not.toBe(typeLabel(t.type, true))
    }
    expect(typeLabel('contains', true)).toBe('Output does not contain')
  })

  it('a regex must compile', () => {
    const d = { ...emptyDraft('regex'), pattern: '(unclosed' }
    expect(draftIssues(d)).toEqual([
      expect.objectContaining({ path: ['pattern'], message: expect.stringMatching(/^Does not compile/) }),
    ])
    expect(fromDraft(d)).toBeNull()
    expect(draftIssues({ ...d, pattern: 'ok', flags: 'q' })).toEqual([expect.objectContaining({ path: ['flags'] })])
  })

  it('a JSON schema must be a JSON object and a usable schema', () => {
    const d = emptyDraft('json_schema')
    expect(draftIssues(d)).toEqual([])
    expect(draftIssues({ ...d, schema: '[1]' })[0]?.message).toMatch(/JSON object/)
    expect(draftIssues({ ...d, schema: '{' })[0]?.message).toMatch(/Not valid JSON/)
    expect(draftIssues({ ...d, schema: '{"type": "strng"}' })[0]?.message).toMatch(/Not a usable JSON Schema/)
  })

  it('time limits are milliseconds above 0', () => {
    for (const ms of ['0', '-5', '', 'soon'])
      expect(draftIssues({ ...emptyDraft('ttft_under'), ms })).toEqual([expect.objectContaining({ path: ['ms'] })])
    expect(draftIssues({ ...emptyDraft('total_time_under'), ms: '250' })).toEqual([])
  })

  it('tool matches: a name, object payloads, whole counts with min ≤ max', () => {
    const d = emptyDraft('tool_called')
    expect(draftIssues(d)).toEqual([])
    const bad = { ...d, match: { ...d.match, name: ' ', payload: '[]', arguments: '{' }, min: '1.5', max: 'x' }
    expect(draftIssues(bad).map((i) => i.path.join('.'))).toEqual([
      'match.name',
      'match.payload',
      'match.arguments',
      'min',
      'max',
    ])
    expect(draftIssues({ ...d, min: '3', max: '1' })).toEqual([expect.objectContaining({ path: ['max'] })])
    expect(fromDraft({ ...d, match: { ...d.match, method: ' put ' } })).toMatchObject({ match: { method: 'PUT' } })
  })

  it('tool order needs two valid matches; json_path needs a path; judge needs an assistant and a rubric', () => {
    expect(draftIssues({ ...emptyDraft('tool_order'), calls: '[{"name": "a"}]' })[0]?.path).toEqual(['calls'])
    expect(draftIssues({ ...emptyDraft('tool_order'), calls: '[{"name": "a"}, {"x": 1}]' })[0]?.message).toMatch(
      /Item 2/,
    )
    expect(draftIssues({ ...emptyDraft('json_path'), path: 'category' })[0]?.path).toEqual(['path'])
    expect(draftIssues(emptyDraft('judge')).map((i) => i.path[0])).toEqual(['assistant', 'rubric'])
  })

  it('json_path expected values: JSON when it parses, else the text as a string', () => {
    const d = { ...emptyDraft('json_path'), path: '$.status' }
    expect(fromDraft({ ...d, equals: 'open' })).toMatchObject({ equals: 'open' })
    expect(fromDraft({ ...d, equals: '"42"' })).toMatchObject({ equals: '42' })
    expect(fromDraft({ ...d, equals: 'null' })).toMatchObject({ equals: null })
  })
})

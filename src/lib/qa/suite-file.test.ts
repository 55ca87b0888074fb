import { describe, expect, it } from 'vitest'
import { newCaseId, newSuite, parseSuiteFile, serializeSuite } from './suite-file'
import { SUITE_FORMAT } from './suite-format'

const suiteText = (cases: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SUITE_FORMAT, version: 1, id: 's', name: 'S', cases, ...extra })

const good = {
  id: 'a',
  name: 'Routes refunds',
  assistant: 'demo-routing',
  assertions: [
    { label: 'puts', type: 'tool_called', match: { path: '/categories/*', name: 'call_api', method: 'PUT' } },
    { negate: true, type: 'contains', value: 'sorry' },
  ],
}

describe('parseSuiteFile', () => {
  it('reads a valid suite with defaults filled in', () => {
    const parsed = parseSuiteFile(suiteText([good]))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.suite.cases[0]).toMatchObject({ conversation_id: null, transcript: null, input: {} })
  })

  it('reports every error per case with paths, and imports nothing', () => {
    const parsed = parseSuiteFile(
      suiteText([
        good,
        {
          id: 'b',
          name: 'Bad regex',
          assistant: 'x',
          assertions: [
            { type: 'contains', value: 'a' },
            { type: 'regex', pattern: '(' },
          ],
        },
        { id: 'c', name: '', assistant: 'x', assertions: [{ type: 'nope' }] },
        { id: 'a', name: 'Dup', assistant: 'x', assertions: [{ type: 'regex', pattern: 'a', flags: 'zz' }] },
        {
          id: 'e',
          name: 'Paths',
          assistant: 'x',
          assertions: [
            { type: 'json_path', path: 'nope', equals: 1 },
            { type: 'json_schema', schema: { type: 'strng' } },
            { type: 'tool_called', match: { name: 't' }, min: 3, max: 1 },
          ],
        },
      ]),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map((e) => [e.caseIndex, e.caseName, e.path])).toEqual([
      [1, 'Bad regex', 'cases[1].assertions[1].pattern'],
      [2, '', 'cases[2].name'],
      [2, '', 'cases[2].assertions[0].type'],
      [3, 'Dup', 'cases[3].id'],
      [3, 'Dup', 'cases[3].assertions[0].flags'],
      [4, 'Paths', 'cases[4].assertions[0].path'],
      [4, 'Paths', 'cases[4].assertions[1].schema'],
      [4, 'Paths', 'cases[4].assertions[2].max'],
    ])
    const messages = parsed.errors.map((e) => e.message)
    expect(messages[0]).toMatch(/^Invalid regular expression: /)
    expect(messages[1]).toBe('Must not be empty.')
    expect(messages[2]).toMatch(/^Unknown assertion type; use one of: contains, equals/)
    expect(messages[3]).toBe('Duplicate case id "a" (also cases[0]).')
    expect(messages[6]).toContain('"strng" is not a JSON Schema type')
  })

  it('reports missing fields as required', () => {
    const parsed = parseSuiteFile(suiteText([{ id: 'x', name: 'n' }]))
    expect(parsed).toEqual({
      ok: false,
      errors: [{ caseIndex: 0, caseName: 'n', path: 'cases[0].assistant', message: 'Required (string).' }],
    })
  })

  it('refuses what is not a suite file, or a newer format version', () => {
    expect(parseSuiteFile('{nope')).toMatchObject({
      ok: false,
      errors: [{ caseIndex: null, path: '', message: expect.stringMatching(/^Not valid JSON/) }],
    })
    expect(parseSuiteFile('[]')).toMatchObject({ ok: false, errors: [{ message: 'A suite file is a JSON object.' }] })
    expect(parseSuiteFile('{"format":"promptfoo"}')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('"format" must be') }],
    })
    expect(parseSuiteFile(suiteText([], { version: 2 }))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('version 2') }],
    })
  })
})

describe('serializeSuite', () => {
  it('is stable and round-trips', () => {
    const parsed = parseSuiteFile(suiteText([good], { defaults: { repeat: 2, concurrency: 3 }, description: 'd' }))
    if (!parsed.ok) throw new Error('invalid')
    const text = serializeSuite(parsed.suite)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "format"')
    const again = parseSuiteFile(text)
    if (!again.ok) throw new Error('invalid')
    expect(serializeSuite(again.suite)).toBe(text)
    expect(again.suite).toEqual(parsed.suite)
    // Keys in a fixed order, whatever order the file had.
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'id',
      'name',
      'description',
      'defaults',
      'cases',
    ])
    const first = (JSON.parse(text) as { cases: { assertions: Record<string, unknown>[] }[] }).cases[0]
    expect(Object.keys(first?.assertions[0] ?? {})).toEqual(['type', 'match', 'label'])
    expect(Object.keys((first?.assertions[0]?.match as object) ?? {})).toEqual(['name', 'method', 'path'])
    expect(Object.keys(first?.assertions[1] ?? {})).toEqual(['type', 'value', 'negate'])
  })
})

describe('newSuite and newCaseId', () => {
  it('makes a valid empty suite and distinct ids', () => {
    const suite = newSuite('Routing')
    expect(parseSuiteFile(serializeSuite(suite))).toMatchObject({ ok: true, suite: { name: 'Routing', cases: [] } })
    expect(newCaseId()).toMatch(/^case-[0-9a-f]{10}$/)
    expect(newCaseId()).not.toBe(newCaseId())
  })
})

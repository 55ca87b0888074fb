import { describe, expect, it } from 'vitest'
import type { TestCase } from '@/lib/qa/suite-format'
import {
  caseFormSchema,
  equalCaseField,
  parseInputText,
  parseTranscriptText,
  toCase,
  toCaseFormValues,
} from './case-form-schema'

const saved: TestCase = {
  id: 'c1',
  name: 'Routes a move',
  assistant: 'demo-routing-assistant',
  conversation_id: 'conv-1',
  transcript: [{ speaker: 'customer', text: 'I moved' }],
  input: { media_type: 'chat' },
  assertions: [{ type: 'tool_called', match: { name: 'call_api', method: 'PUT' } }],
  source: { kind: 'run', ref: 'r1', label: 'Playground run' },
}

describe('case form', () => {
  it('round-trips a saved case, keeping its id and source', () => {
    expect(toCase(toCaseFormValues(saved), saved)).toEqual(saved)
  })

  it('empty transcript and conversation mean none; input must be an object', () => {
    const values = { ...toCaseFormValues(saved), transcript: '  ', conversation_id: ' ', input: '' }
    expect(toCase(values, saved)).toMatchObject({ transcript: null, conversation_id: null, input: {} })
    expect(parseInputText('[1]').ok).toBe(false)
    expect(parseTranscriptText('null')).toEqual({ ok: true, value: null })
  })

  it('says where a transcript is wrong', () => {
    const r = parseTranscriptText('[{"speaker": "robot", "text": "hi"}]')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/at 0\.speaker/)
  })

  it('validates every field, assertions at their own paths', () => {
    const r = caseFormSchema.safeParse({
      ...toCaseFormValues(saved),
      name: ' ',
      input: '{',
      assertions: [{ ...toCaseFormValues(saved).assertions[0], min: '-1' }],
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['assertions.0.min', 'input', 'name'])
  })

  it('JSON text compares by meaning', () => {
    expect(equalCaseField('{"a":1}', '{\n  "a": 1\n}', 'input')).toBe(true)
    expect(equalCaseField('{"a":1}', '{"a":2}', 'input')).toBe(false)
    expect(equalCaseField('', 'null', 'transcript')).toBe(true)
    expect(equalCaseField('x', 'x ', 'name')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import type { Assistant } from '@/contract/assistant'
import { filterAndSortAssistants } from './assistant-sort'
import {
  assistantFormSchema,
  diffFormValues,
  EMPTY_ASSISTANT_FORM,
  toFormValues,
  toPatch,
} from './assistant-form-schema'

const server: Assistant = {
  id: 3,
  code: 'billing',
  name: 'Billing',
  instructions: 'Help.',
  model: 'gpt-4o',
  temperature: '0.70',
  top_p: '1.00',
  tools: [12, 8],
  tools_json: '[]',
  response_format_json: false,
  include_conversation_transcript: true,
  include_conversation_metadata: false,
  added_by_newer_server: 'keep me',
}

describe('assistant form values', () => {
  it('reads decimal strings as numbers and keeps the tool order', () => {
    const v = toFormValues(server)
    expect(v.temperature).toBe(0.7)
    expect(v.top_p).toBe(1)
    expect(v.tools).toEqual([12, 8])
    expect(assistantFormSchema.safeParse(v).success).toBe(true)
  })

  it('fills defaults for fields an older server leaves out', () => {
    const { model: _m, temperature: _t, ...bare } = server
    const v = toFormValues(bare as Assistant)
    expect(v.model).toBe('gpt-4o')
    expect(v.temperature).toBe(0)
  })

  it('validates code, ranges and steps with the API’s messages', () => {
    const bad = assistantFormSchema.safeParse({
      ...EMPTY_ASSISTANT_FORM,
      code: 'No',
      name: 'x',
      temperature: 1.5,
      top_p: 0.333,
    })
    expect(bad.success).toBe(false)
    const messages = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))
    expect(messages.code).toMatch(/at least 3 characters|lowercase/)
    expect(messages.temperature).toBe('Ensure this value is between 0 and 1.')
    expect(messages.top_p).toBe('Ensure that there are no more than 2 decimal places.')
  })
})

describe('changes and patches', () => {
  it('lists only the fields that changed, and the patch carries only those', () => {
    const before = toFormValues(server)
    const after = { ...before, temperature: 0.7000000001, top_p: 0.9, tools: [8, 12] }
    const changes = diffFormValues(before, after)
    expect(changes.map((c) => c.field)).toEqual(['top_p', 'tools'])
    expect(toPatch(changes, after)).toEqual({ top_p: 0.9, tools: [8, 12] })
  })

  it('never sends the code in a patch', () => {
    const before = toFormValues(server)
    expect(toPatch(diffFormValues(before, { ...before, code: 'other' }), { ...before, code: 'other' })).toEqual({})
  })
})

describe('assistant list sorting', () => {
  const make = (i: number): Assistant => ({
    ...server,
    id: i,
    code: `a-${String(i).padStart(5, '0')}`,
    name: `Name ${i % 97}`,
    tools: Array.from({ length: i % 5 }, () => 1),
  })
  const many = Array.from({ length: 10_000 }, (_, i) => make(i))

  it('filters by code or name and sorts by tool count with the code as tie-breaker', () => {
    const rows = filterAndSortAssistants(many.slice(0, 20), 'name 1', 'tools', true)
    expect(rows.every((r) => r.name.toLowerCase().includes('name 1'))).toBe(true)
    const counts = rows.map((r) => r.tools.length)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('sorts 10,000 assistants quickly', () => {
    const t = performance.now()
    const rows = filterAndSortAssistants(many, '', 'name', false)
    expect(rows).toHaveLength(10_000)
    expect(performance.now() - t).toBeLessThan(500)
  })
})

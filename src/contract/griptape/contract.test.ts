/** The Griptape contract's schemas: strict writes with one message per field, tolerant reads, error bodies read for forms. */
import { describe, expect, it } from 'vitest'
import { apiKeyUpdateSchema } from './api-key'
import { assistantCreateSchema, assistantSchema } from './assistant'
import { runCreateSchema, runSchema } from './assistant-run'
import { readClientError, UUID_PATTERN, zodToErrorItems } from './fields'

describe('write schemas', () => {
  it('give one message per field, nested paths dotted', () => {
    const result = assistantCreateSchema.safeParse({ name: '', tool_ids: ['x'] })
    expect(result.success).toBe(false)
    if (!result.success)
      expect(zodToErrorItems(result.error)).toEqual([
        { field: 'name', message: 'Must not be empty.' },
        { field: 'tool_ids.0', message: expect.stringContaining('Must be a UUID') },
      ])
  })

  it('are strict: unknown fields are named', () => {
    const result = apiKeyUpdateSchema.safeParse({ nmae: 'x' })
    expect(result.success).toBe(false)
    if (!result.success) expect(zodToErrorItems(result.error)).toEqual([{ field: 'nmae', message: 'Unknown field.' }])
  })

  it('run create accepts null input and thread (as the public driver sends)', () => {
    expect(runCreateSchema.safeParse({ input: null, thread_id: null }).success).toBe(true)
  })

  it("the seed's UUID pattern wants version 4", () => {
    expect(UUID_PATTERN.test('3c9a7e52-1b4d-4f8a-9e6c-2d5b8a1f0c37')).toBe(true)
    expect(UUID_PATTERN.test('3c9a7e52-1b4d-1f8a-9e6c-2d5b8a1f0c37')).toBe(false)
  })
})

describe('read schemas', () => {
  it('tolerate missing optional fields and extra ones', () => {
    const assistant = {
      assistant_id: 'a',
      name: 'n',
      description: '',
      organization_id: 'o',
      created_by: 'u',
      created_at: 't',
      updated_at: 't',
      knowledge_base_ids: [],
      retriever_ids: [],
      ruleset_ids: [],
      structure_ids: [],
      tool_ids: [],
      brand_new_field: 1,
    }
    expect(assistantSchema.safeParse(assistant).success).toBe(true)
    const run = {
      assistant_run_id: 'r',
      assistant_id: 'a',
      status: 'RUNNING',
      args: [],
      stream: true,
      created_by: 'u',
      created_at: 't',
      updated_at: 't',
      completed_at: null,
      knowledge_base_ids: [],
      retriever_ids: [],
      ruleset_ids: [],
      structure_ids: [],
      tool_ids: [],
    }
    expect(runSchema.safeParse(run).success).toBe(true)
    expect(runSchema.safeParse({ ...run, status: 'PAUSED' }).success).toBe(false)
  })
})

describe('readClientError', () => {
  it('splits field and general messages, whatever the item shape', () => {
    expect(
      readClientError({
        type: 'ValidationError',
        errors: [
          { field: 'name', message: 'Must not be empty.' },
          { loc: ['tool_ids', 0], msg: 'bad' },
          'Try again.',
          5,
        ],
      }),
    ).toEqual({
      type: 'ValidationError',
      fieldErrors: { name: ['Must not be empty.'], 'tool_ids.0': ['bad'] },
      general: ['Try again.'],
    })
    expect(readClientError({ detail: 'x' })).toBeNull()
  })
})

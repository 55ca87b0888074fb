import { describe, expect, it } from 'vitest'
import { assistantSchema, type Assistant } from '@/contract/flowise/assistant-read'
import { assistantCreateSchema, assistantUpdateSchema } from '@/contract/flowise/assistant-write'
import {
  EMPTY_FLOWISE_FORM,
  equalFlowiseField,
  flowiseAssistantFormSchema,
  toCreateBody,
  toFlowiseFormValues,
  toUpdateBody,
  type FlowiseAssistantFormValues,
} from './assistant-form-schema'

const CREDENTIAL = '7db93c02-8d5a-4117-a8f1-3dfb6721b339'

const stored: Assistant = assistantSchema.parse({
  id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  details: JSON.stringify({
    id: 'asst_zbNeYIuXIUSKVHjJkfRo6ilv',
    name: 'Help',
    description: 'Answers',
    model: 'gpt-4',
    instructions: 'Be kind.',
    temperature: 1,
    top_p: 0.9,
    tools: ['function', 'file_search'],
    tool_resources: { file_search: { vector_store_ids: ['vs_1'] } },
    flowiseExtra: { kept: true },
  }),
  credential: CREDENTIAL,
  iconSrc: '/images/assistant.png',
  type: 'OPENAI',
  createdDate: '2024-08-24T14:15:22.000Z',
  updatedDate: '2024-08-24T14:15:22.000Z',
})

const valid: FlowiseAssistantFormValues = { ...EMPTY_FLOWISE_FORM, name: 'Helper', credential: CREDENTIAL }

function errorsOf(values: FlowiseAssistantFormValues): Record<string, string> {
  const result = flowiseAssistantFormSchema.safeParse(values)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('the Flowise assistant form', () => {
  it('reads an assistant into form values and back without loss', () => {
    const values = toFlowiseFormValues(stored)
    expect(values).toMatchObject({ name: 'Help', temperature: '1', top_p: '0.9', tools: ['function', 'file_search'] })
    expect(errorsOf(values)).toEqual({})
  })

  it('says what is wrong with the contract’s own words, at the form’s fields', () => {
    expect(
      errorsOf({
        ...valid,
        name: ' ',
        model: '',
        temperature: '3',
        top_p: 'abc',
        tool_resources: '{"code_interpreter": []}',
        credential: '',
        iconSrc: 'javascript:alert(1)',
      }),
    ).toEqual({
      name: 'Name may not be blank.',
      model: 'Model may not be blank.',
      temperature: 'Temperature must be a number between 0 and 2.',
      top_p: 'top_p must be a number between 0 and 1.',
      tool_resources: 'code_interpreter: Each tool resource must be a JSON object.',
      credential: 'Choose the credential that holds the OpenAI key.',
      iconSrc: expect.stringMatching(/^iconSrc must be a path/) as unknown as string,
    })
    expect(errorsOf({ ...valid, tool_resources: '{oops' }).tool_resources).toMatch(/^Not valid JSON/)
  })

  it('creates with details as a JSON string the contract accepts', () => {
    const body = toCreateBody({
      ...valid,
      tools: ['code_interpreter'],
      tool_resources: '{"code_interpreter": {"file_ids": ["file-1"]}}',
      temperature: '',
    })
    expect(typeof body.details).toBe('string')
    const parsed = assistantCreateSchema.parse(body)
    expect(parsed.details).toMatchObject({
      name: 'Helper',
      temperature: null,
      tools: ['code_interpreter'],
      tool_resources: { code_interpreter: { file_ids: ['file-1'] } },
    })
    expect(parsed.iconSrc).toBeNull()
  })

  it('updates only what changed, details whole over the stored ones (unknown keys kept)', () => {
    const values = { ...toFlowiseFormValues(stored), instructions: 'Be brief.' }
    const body = toUpdateBody([{ field: 'instructions', before: 'Be kind.', after: 'Be brief.' }], values, stored)
    expect(Object.keys(body)).toEqual(['details'])
    const parsed = assistantUpdateSchema('OPENAI').parse(body)
    expect(parsed.details).toMatchObject({
      id: 'asst_zbNeYIuXIUSKVHjJkfRo6ilv',
      instructions: 'Be brief.',
      flowiseExtra: { kept: true },
    })
    expect(
      toUpdateBody([{ field: 'iconSrc', before: '/x.png', after: '' }], { ...values, iconSrc: '' }, stored),
    ).toEqual({ iconSrc: null })
  })

  it('compares what would be sent, not how it is typed', () => {
    expect(equalFlowiseField('1', '1.0', 'temperature')).toBe(true)
    expect(equalFlowiseField('', '0', 'temperature')).toBe(false)
    expect(equalFlowiseField(['function', 'file_search'], ['file_search', 'function'], 'tools')).toBe(true)
    expect(equalFlowiseField('{"a":{}}', '{\n  "a": {}\n}', 'tool_resources')).toBe(true)
    expect(equalFlowiseField('{"a":{}}', '{"b":{}}', 'tool_resources')).toBe(false)
  })
})

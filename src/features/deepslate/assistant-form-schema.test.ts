import { describe, expect, it } from 'vitest'
import { secretParameters, type Assistant } from '@/contract/deepslate/assistant'
import {
  KNOWN_TYPES,
  KeptSecretMissingError,
  assistantFormSchema,
  parameterSpecs,
  redactSecrets,
  secretsOf,
  stripSecrets,
  toAssistantFormValues,
  toAssistantWrite,
} from './assistant-form-schema'

const saved: Assistant = {
  id: 'a1',
  name: 'Desk',
  systemPromptGreeting: 'Hi',
  systemPrompt: 'Help.',
  llmAudioContentGenerationStrategyId: '3f2b8c1d-7e4a-4b9f-a6d2-1c8e5f0a9b7d',
  telephoneNumberId: null,
  extensions: [
    {
      id: 'e1e1e1e1-0000-4000-8000-000000000001',
      type: 'kb_search_v2',
      parameters: { kb_url: 'https://kb.example/s', max_results: 4, auth_token: 'SECRET-TOKEN-1' },
    },
    { id: 'e2e2e2e2-0000-4000-8000-000000000002', type: 'crm_v3', parameters: { deep: [1, { a: null }] } },
  ],
  callEventHooks: [
    {
      id: 'a1a1a1a1-0000-4000-8000-000000000003',
      type: 'webhook_transcript_ready_v1',
      parameters: { target_url: 'https://x.example', secret_key: 'SECRET-KEY-2' },
    },
  ],
}

describe('assistant form', () => {
  it('typed editors name every secret the contract knows', () => {
    for (const kind of ['extension', 'hook'] as const)
      for (const { type } of KNOWN_TYPES[kind]) {
        const secrets = (parameterSpecs(kind, type) ?? []).filter((s) => s.input === 'secret').map((s) => s.name)
        expect(secrets).toEqual(secretParameters(kind, type))
      }
  })

  it('never puts a saved secret in the form values, and redacts it from the kit’s record', () => {
    const values = toAssistantFormValues(redactSecrets(saved))
    expect(JSON.stringify(values)).not.toMatch(/SECRET-/)
    expect(JSON.stringify(redactSecrets(saved))).not.toMatch(/SECRET-/)
    expect(values.callEventHooks[0]?.kept).toEqual(['secret_key'])
    expect(values).toEqual(toAssistantFormValues(saved))
  })

  it('writes kept secrets as the server holds them, unknown types as written', () => {
    const body = toAssistantWrite(toAssistantFormValues(saved), secretsOf(saved))
    expect(body.extensions).toEqual([
      {
        id: 'e1e1e1e1-0000-4000-8000-000000000001',
        type: 'kb_search_v2',
        parameters: { kb_url: 'https://kb.example/s', max_results: 4, auth_token: 'SECRET-TOKEN-1' },
      },
      { id: 'e2e2e2e2-0000-4000-8000-000000000002', type: 'crm_v3', parameters: { deep: [1, { a: null }] } },
    ])
    expect(body.callEventHooks[0]?.parameters).toEqual({ target_url: 'https://x.example', secret_key: 'SECRET-KEY-2' })
    expect(() => toAssistantWrite(toAssistantFormValues(saved), secretsOf(null))).toThrow(KeptSecretMissingError)
  })

  it('validates rows with the contract and places issues on their inputs', () => {
    const values = toAssistantFormValues(saved)
    const [kb, crm] = values.extensions
    if (!kb || !crm) throw new Error('fixture')
    const bad = {
      ...values,
      extensions: [
        { ...kb, parameters: { ...kb.parameters, kb_url: 'nope', max_results: 'x' } },
        { ...crm, json: '[1]' },
      ],
    }
    const result = assistantFormSchema.safeParse(bad)
    const paths = result.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual([
      'extensions.0.parameters.kb_url',
      'extensions.0.parameters.max_results',
      'extensions.1.json',
    ])
    expect(assistantFormSchema.safeParse(values).success).toBe(true)
  })

  it('drafts leave out a collection holding a typed secret', () => {
    const values = toAssistantFormValues(saved)
    const [hook] = values.callEventHooks
    if (!hook) throw new Error('fixture')
    const typed = {
      ...values,
      callEventHooks: [{ ...hook, kept: [], parameters: { target_url: 'https://x.example', secret_key: 'new' } }],
    }
    const draft = stripSecrets(typed)
    expect(draft).not.toHaveProperty('callEventHooks')
    expect(draft.extensions).toEqual(values.extensions)
  })
})

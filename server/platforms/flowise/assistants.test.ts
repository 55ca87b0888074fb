/** CRUD on /assistants as Flowise answers it: lists, filters, create, get, update, delete. */
import { describe, expect, it } from 'vitest'
import { assistantListReader, assistantSchema, type Assistant } from '../../../src/contract/flowise/assistant-read'
import { credentialListSchema } from '../../../src/contract/flowise/credential'
import { SEED_ASSISTANT_ID, SEED_CREDENTIAL_ID, SUPPORT_CREDENTIAL_ID } from './seed'
import { makeFlowiseTestApi, type FlowiseTestApi } from './test-helpers'

const details = {
  name: 'Invoice Helper',
  description: 'Explains invoices line by line.',
  model: 'gpt-4o',
  instructions: 'Explain each line of the invoice in plain words.',
  temperature: 0.5,
  top_p: 1,
  tools: ['file_search'],
  tool_resources: { file_search: { vector_store_ids: ['vs_invoices'] } },
}

async function list(t: FlowiseTestApi, query = ''): Promise<Assistant[]> {
  const res = await t.call('GET', `/assistants${query}`)
  expect(res.status).toBe(200)
  return assistantListReader.parse(res.body).map((a) => assistantSchema.parse(a))
}

async function create(t: FlowiseTestApi, body: Record<string, unknown>): Promise<Assistant> {
  const res = await t.call('POST', '/assistants', { json: body })
  expect(res.status, res.text).toBe(200)
  return assistantSchema.parse(res.body)
}

describe('list', () => {
  const t = makeFlowiseTestApi()

  it('answers the seeded assistants as a bare array, details as JSON text', async () => {
    const res = await t.call('GET', '/assistants')
    expect(Array.isArray(res.body)).toBe(true)
    const items = await list(t)
    expect(items.map((a) => a.details.name)).toEqual([
      'Help Center Assistant',
      'Support Triage',
      'Sales Data Analyst',
      'Release Notes Writer',
      'Travel Planner',
    ])
    for (const raw of res.body as Array<{ details: unknown }>) expect(typeof raw.details).toBe('string')
  })

  it('filters by ?type=, as Flowise does (an unknown type matches nothing)', async () => {
    expect((await list(t, '?type=OPENAI')).length).toBe(4)
    expect((await list(t, '?type=CUSTOM')).map((a) => a.details.name)).toEqual(['Travel Planner'])
    expect(await list(t, '?type=AZURE')).toEqual([])
    expect(await list(t, '?type=nonsense')).toEqual([])
  })

  it('a trailing slash is the same path (Express routes loosely)', async () => {
    expect((await t.call('GET', '/assistants/')).status).toBe(200)
  })

  it('no paging, as Flowise: a long list comes whole, in creation order', async () => {
    const big = makeFlowiseTestApi({ extraAssistants: 250 })
    const items = await list(big)
    expect(items).toHaveLength(255)
    expect(items[5]?.details.name).toBe('Generated assistant 0001')
    expect(items[254]?.details.name).toBe('Generated assistant 0250')
    // page/limit are not Flowise parameters here: ignored, the whole list still comes.
    expect(await list(big, '?page=2&limit=10')).toHaveLength(255)
    big.expectConformant()
  })

  it('GET /credentials lists credentials without secrets, filterable by credentialName', async () => {
    const all = await t.call('GET', '/credentials')
    expect(all.status).toBe(200)
    const parsed = credentialListSchema.parse(all.body)
    expect(parsed.map((c) => c.credentialName)).toEqual(['openAIApi', 'openAIApi', 'anthropicApi'])
    expect(all.text).not.toContain('encryptedData')
    const openAi = credentialListSchema.parse((await t.call('GET', '/credentials?credentialName=openAIApi')).body)
    expect(openAi.map((c) => c.id)).toEqual([SEED_CREDENTIAL_ID, SUPPORT_CREDENTIAL_ID])
    const both = await t.call('GET', '/credentials?credentialName=openAIApi&credentialName=anthropicApi')
    expect((both.body as unknown[]).length).toBe(3)
  })

  it('conforms', () => t.expectConformant())
})

describe('create', () => {
  const t = makeFlowiseTestApi({ now: () => Date.UTC(2025, 4, 1, 12, 0, 0) })

  it('takes details as an object; without details.id the server makes an OpenAI id', async () => {
    const created = await create(t, { details, credential: SEED_CREDENTIAL_ID, type: 'OPENAI' })
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.details.id).toMatch(/^asst_[A-Za-z0-9]{24}$/)
    expect(created.details).toMatchObject(details)
    expect(created.createdDate).toBe('2025-05-01T12:00:00.000Z')
    expect(created.updatedDate).toBe(created.createdDate)
    expect(created.iconSrc).toBeNull()
    expect(created.workspaceId).toBeTruthy()
    const found = await t.call('GET', `/assistants/${created.id}`)
    expect(assistantSchema.parse(found.body)).toEqual(created)
  })

  it('takes details as a JSON string, as the Flowise UI sends it', async () => {
    const created = await create(t, {
      details: JSON.stringify(details),
      credential: SUPPORT_CREDENTIAL_ID,
      iconSrc: '/images/support-agent.svg',
      type: 'OPENAI',
    })
    expect(created.details.name).toBe('Invoice Helper')
    expect(created.iconSrc).toBe('/images/support-agent.svg')
  })

  it('takes a form-encoded body, as Flowise (express.urlencoded) does', async () => {
    const form = new URLSearchParams({ details: JSON.stringify(details), credential: SEED_CREDENTIAL_ID })
    const res = await t.call('POST', '/assistants', {
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status, res.text).toBe(200)
    expect(assistantSchema.parse(res.body).details.model).toBe('gpt-4o')
  })

  it('type defaults to OPENAI; nulls are kept where OpenAI accepts them', async () => {
    const created = await create(t, {
      details: { name: 'Bare', model: 'gpt-4o-mini', temperature: null, top_p: null, description: null },
      credential: SEED_CREDENTIAL_ID,
    })
    expect(created.type).toBe('OPENAI')
    expect(created.details).toMatchObject({ temperature: null, top_p: null, description: null })
  })

  it('a CUSTOM assistant needs a name only, and any UUID as its credential', async () => {
    const created = await create(t, {
      details: JSON.stringify({ name: 'Recipe Coach' }),
      credential: '0f9e8d7c-6b5a-4948-8372-615049382716',
      type: 'CUSTOM',
    })
    expect(created.type).toBe('CUSTOM')
    expect(created.details).toEqual({ name: 'Recipe Coach' })
  })

  it('unknown fields are ignored; unknown keys inside details are kept, as Flowise keeps them', async () => {
    const created = await create(t, {
      details: { ...details, colour: 'teal' },
      credential: SEED_CREDENTIAL_ID,
      workspaceId: 'someone-else',
      favourite: true,
    })
    expect(created.workspaceId).not.toBe('someone-else')
    expect(created).not.toHaveProperty('favourite')
    expect(created.details).toHaveProperty('colour', 'teal')
  })

  it('data: and http(s) icons are accepted', async () => {
    const inline = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
    expect((await create(t, { details, credential: SEED_CREDENTIAL_ID, iconSrc: inline })).iconSrc).toBe(inline)
    const remote = 'https://example.com/bot.png'
    expect((await create(t, { details, credential: SEED_CREDENTIAL_ID, iconSrc: remote })).iconSrc).toBe(remote)
  })

  it('conforms', () => t.expectConformant())
})

describe('update', () => {
  let clock = Date.UTC(2025, 5, 1)
  const t = makeFlowiseTestApi({ now: () => clock })

  it('changes only what the body names; updatedDate moves, createdDate stays', async () => {
    const before = assistantSchema.parse((await t.call('GET', `/assistants/${SEED_ASSISTANT_ID}`)).body)
    clock += 60_000
    const res = await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, {
      json: { iconSrc: '/images/data-analyst.svg' },
    })
    expect(res.status).toBe(200)
    const after = assistantSchema.parse(res.body)
    expect(after.iconSrc).toBe('/images/data-analyst.svg')
    expect(after.details).toEqual(before.details)
    expect(after.credential).toBe(before.credential)
    expect(after.createdDate).toBe(before.createdDate)
    expect(after.updatedDate).toBe(new Date(clock).toISOString())
  })

  it('iconSrc: null removes the icon; the credential can change', async () => {
    const res = await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, {
      json: { iconSrc: null, credential: SUPPORT_CREDENTIAL_ID },
    })
    const after = assistantSchema.parse(res.body)
    expect(after.iconSrc).toBeNull()
    expect(after.credential).toBe(SUPPORT_CREDENTIAL_ID)
  })

  it('details replace the whole details, but an OpenAI assistant keeps its OpenAI id', async () => {
    const res = await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, {
      json: { details: JSON.stringify({ ...details, id: 'asst_someoneElse' }) },
    })
    expect(res.status).toBe(200)
    const after = assistantSchema.parse(res.body)
    expect(after.details).toEqual({ ...details, id: 'asst_zbNeYIuXIUSKVHjJkfRo6ilv' })
  })

  it('type cannot change: it is ignored', async () => {
    const res = await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, { json: { type: 'CUSTOM' } })
    expect(assistantSchema.parse(res.body).type).toBe('OPENAI')
  })

  it('a CUSTOM assistant takes its own details (Flowise UI: chat model, instruction, tools)', async () => {
    const custom = (await list(t, '?type=CUSTOM'))[0]
    const next = {
      name: 'Travel Planner',
      chatModel: { name: 'chatAnthropic' },
      instruction: 'Plan slowly.',
      tools: [{ name: 'calculator' }],
    }
    const res = await t.call('PUT', `/assistants/${custom?.id}`, { json: { details: JSON.stringify(next) } })
    expect(res.status, res.text).toBe(200)
    expect(assistantSchema.parse(res.body).details).toEqual(next)
  })

  it('conforms', () => t.expectConformant())
})

describe('delete', () => {
  const t = makeFlowiseTestApi()

  it('answers TypeORM’s DeleteResult and removes it from the list; isDeleteBoth is accepted', async () => {
    const before = await list(t)
    const target = before[2]?.id ?? ''
    const res = await t.call('DELETE', `/assistants/${target}?isDeleteBoth=true`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ raw: [], affected: 1 })
    const after = await list(t)
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id).filter((id) => id !== target))
  })

  it('conforms', () => t.expectConformant())
})

/** CRUD over the mounted app, the seed's own example verbatim, and the seeded demo data. */
import { afterAll, describe, expect, it } from 'vitest'
import { assistantReadSchema } from '../../../src/contract/deepslate/assistant'
import { DEEPSLATE_DEMO_PHONE_NUMBER_IDS } from '../../../src/contract/deepslate/demo'
import { SEED_CREATE_ANSWER_DATA, SEED_CREATE_BODY } from './seed-example'
import { SEED_IDS, SEED_SECRETS } from './seed'
import { ASSISTANTS, dataOf, makeDeepslate } from './test-helpers'

const t = makeDeepslate()
afterAll(() => t.expectConformant())

type AssistantData = typeof SEED_CREATE_ANSWER_DATA

/** The documented answer with the server's ids in place of the example's. */
function withIds(actual: AssistantData): AssistantData {
  return {
    ...SEED_CREATE_ANSWER_DATA,
    id: actual.id,
    extensions: SEED_CREATE_ANSWER_DATA.extensions.map((e, i) => ({ ...e, id: actual.extensions[i]?.id ?? '' })),
    callEventHooks: SEED_CREATE_ANSWER_DATA.callEventHooks.map((h, i) => ({
      ...h,
      id: actual.callEventHooks[i]?.id ?? '',
    })),
  }
}

describe("the seed's Create Assistant example", () => {
  it('creates with the body verbatim and answers the documented shape', async () => {
    const res = await t.call('POST', ASSISTANTS, { json: SEED_CREATE_BODY })
    expect(res.status).toBe(201)
    const body = res.body as Record<string, unknown>
    expect(body).toMatchObject({ success: true, message: 'Assistant successfully created' })
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/)
    const data = dataOf<AssistantData>(res)
    expect(data).toEqual(withIds(data))
    // Same keys in the same order as the documented answer.
    expect(Object.keys(data)).toEqual(Object.keys(SEED_CREATE_ANSWER_DATA))
    expect(data.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(assistantReadSchema.safeParse(data).success).toBe(true)

    const again = await t.call('GET', `${ASSISTANTS}/${data.id}`)
    expect(again.status).toBe(200)
    expect(dataOf(again)).toEqual(data)
  })
})

describe('seeded demo data', () => {
  it('lists the three demo assistants by name', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?size=100`)
    const names = dataOf<Array<{ name: string }>>(res).map((a) => a.name)
    expect(names).toEqual(
      expect.arrayContaining(['After-Hours Line', 'Front Desk Receptionist', 'Order Status Assistant']),
    )
  })

  it('the receptionist has a kb_search_v2 extension and a signed transcript webhook', async () => {
    const res = await t.call('GET', `${ASSISTANTS}/${SEED_IDS.receptionist}`)
    expect(res.status).toBe(200)
    const data = dataOf<AssistantData>(res)
    expect(data.telephoneNumberId).toBe(DEEPSLATE_DEMO_PHONE_NUMBER_IDS.mainLine)
    expect(data.extensions).toEqual([
      expect.objectContaining({
        name: 'Knowledge Base Search',
        type: 'kb_search_v2',
        parameters: expect.objectContaining({ auth_token: SEED_SECRETS.receptionistKbToken }),
      }),
    ])
    expect(data.callEventHooks).toEqual([
      expect.objectContaining({
        type: 'webhook_transcript_ready_v1',
        parameters: expect.objectContaining({ secret_key: SEED_SECRETS.receptionistWebhookSecret }),
      }),
    ])
  })

  it('an extension of an unknown type keeps its JSON parameters and is named after its type', async () => {
    const data = dataOf<AssistantData>(await t.call('GET', `${ASSISTANTS}/${SEED_IDS.orderStatus}`))
    const lookup = data.extensions.find((e) => e.type === 'order_lookup_v1')
    expect(lookup?.name).toBe('order_lookup_v1')
    expect(lookup?.parameters).toMatchObject({ timeout_ms: 3000, fields: expect.any(Array) })
  })

  it('starts empty when asked', async () => {
    const empty = makeDeepslate({ empty: true })
    const res = await empty.call('GET', ASSISTANTS)
    expect(res.body).toMatchObject({ totalElements: 0, totalPages: 0, data: [] })
  })
})

describe('create, read, update, delete', () => {
  const body = {
    name: 'Billing Line',
    systemPromptGreeting: 'Hello, billing department.',
    systemPrompt: 'You answer billing questions.',
    llmAudioContentGenerationStrategyId: 'ABCDEF01-2345-6789-ABCD-EF0123456789',
    extensions: [{ type: 'kb_search_v2', parameters: { kb_url: 'https://kb.example.com/billing' } }],
    callEventHooks: [],
  }

  it('applies defaults, normalises UUIDs to lower case, and ignores unknown fields', async () => {
    const res = await t.call('POST', ASSISTANTS, { json: { ...body, colour: 'blue', id: 'mine' } })
    expect(res.status).toBe(201)
    const data = dataOf<Record<string, unknown>>(res)
    expect(data.llmAudioContentGenerationStrategyId).toBe('abcdef01-2345-6789-abcd-ef0123456789')
    expect(data.telephoneNumberId).toBeNull()
    expect(data.id).not.toBe('mine')
    expect(data).not.toHaveProperty('colour')
    expect((data.extensions as AssistantData['extensions'])[0]?.parameters).toEqual({
      kb_url: 'https://kb.example.com/billing',
      max_results: 3,
      auth_token: null,
    })
  })

  it('PUT replaces every field; items keep their ids only when they send one the assistant has', async () => {
    const created = dataOf<AssistantData>(await t.call('POST', ASSISTANTS, { json: body }))
    const kept = created.extensions[0]
    const put = await t.call('PUT', `${ASSISTANTS}/${created.id.toUpperCase()}`, {
      json: {
        ...created,
        name: 'Billing and Payments',
        telephoneNumberId: DEEPSLATE_DEMO_PHONE_NUMBER_IDS.afterHours,
        extensions: [
          { ...kept, parameters: { ...kept?.parameters, max_results: 7 } },
          {
            id: 'deadbeef-cafe-babe-feed-faceabadb001',
            type: 'kb_search_v2',
            parameters: { kb_url: 'http://kb.local/x' },
          },
        ],
      },
    })
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({ success: true, message: 'Assistant successfully updated' })
    const updated = dataOf<AssistantData>(put)
    expect(updated.id).toBe(created.id)
    expect(updated.name).toBe('Billing and Payments')
    expect(updated.telephoneNumberId).toBe(DEEPSLATE_DEMO_PHONE_NUMBER_IDS.afterHours)
    expect(updated.extensions[0]?.id).toBe(kept?.id)
    expect(updated.extensions[0]?.parameters.max_results).toBe(7)
    expect(updated.extensions[1]?.id).not.toBe('deadbeef-cafe-babe-feed-faceabadb001')
    expect(dataOf(await t.call('GET', `${ASSISTANTS}/${created.id}`))).toEqual(updated)
  })

  it('PUT without a field that create requires is refused like create', async () => {
    const created = dataOf<AssistantData>(await t.call('POST', ASSISTANTS, { json: body }))
    const { systemPrompt: _dropped, ...partial } = created
    const res = await t.call('PUT', `${ASSISTANTS}/${created.id}`, { json: partial })
    expect(res.status).toBe(400)
    expect(dataOf(await t.call('GET', `${ASSISTANTS}/${created.id}`))).toEqual(created)
  })

  it('DELETE answers the wrapper with null data; the assistant is gone and a second delete is a 404', async () => {
    const created = dataOf<AssistantData>(await t.call('POST', ASSISTANTS, { json: body }))
    const del = await t.call('DELETE', `${ASSISTANTS}/${created.id}`)
    expect(del.status).toBe(200)
    expect(del.body).toMatchObject({ success: true, data: null, message: 'Assistant successfully deleted' })
    expect((await t.call('GET', `${ASSISTANTS}/${created.id}`)).status).toBe(404)
    const second = await t.call('DELETE', `${ASSISTANTS}/${created.id}`)
    expect(second.status).toBe(404)
    expect(second.body).toMatchObject({ success: false, message: `Assistant not found: ${created.id}` })
  })

  it('answers are copies: changing what one answer holds cannot change the store', async () => {
    const first = dataOf<AssistantData>(await t.call('GET', `${ASSISTANTS}/${SEED_IDS.afterHours}`))
    first.name = 'changed'
    expect(dataOf<AssistantData>(await t.call('GET', `${ASSISTANTS}/${SEED_IDS.afterHours}`)).name).toBe(
      'After-Hours Line',
    )
  })
})

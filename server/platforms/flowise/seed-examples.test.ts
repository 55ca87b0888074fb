/** Seed 003's examples, sent verbatim: create, get, update and delete. */
import { describe, expect, it } from 'vitest'
import { assistantSchema } from '../../../src/contract/flowise/assistant-read'
import { SEED_ASSISTANT_ID } from './seed'
import { makeFlowiseTestApi, SEED_BODY, SEED_BODY_TEXT } from './test-helpers'

const SEED_HEADERS = { 'Content-Type': 'application/json', Accept: '*/*' }

describe('seed 003 examples', () => {
  const t = makeFlowiseTestApi()

  it('POST /assistants with the seed body creates an assistant (200, as Flowise answers)', async () => {
    const res = await t.call('POST', '/assistants', { body: SEED_BODY_TEXT, headers: SEED_HEADERS })
    expect(res.status).toBe(200)
    const created = assistantSchema.parse(res.body)
    // id and dates are the server's, not the body's (Flowise strips them).
    expect(created.id).not.toBe(SEED_BODY.id)
    expect(created.createdDate).not.toBe(SEED_BODY.createdDate)
    expect(created.credential).toBe(SEED_BODY.credential)
    expect(created.iconSrc).toBe('/images/assistant.png')
    expect(created.type).toBe('OPENAI')
    // details are answered as the JSON text Flowise stores, holding what was sent.
    expect(typeof (res.body as { details: unknown }).details).toBe('string')
    expect(created.details).toEqual(SEED_BODY.details)
  })

  it('the same body can be sent again: the body id is ignored, so it never conflicts', async () => {
    const res = await t.call('POST', '/assistants', { body: SEED_BODY_TEXT, headers: SEED_HEADERS })
    expect(res.status).toBe(200)
  })

  it('GET /assistants/{id} with the seed id answers the seeded assistant', async () => {
    const res = await t.call('GET', `/assistants/${SEED_ASSISTANT_ID}`, { headers: { Accept: '*/*' } })
    expect(res.status).toBe(200)
    const found = assistantSchema.parse(res.body)
    expect(found.id).toBe(SEED_ASSISTANT_ID)
    expect(found.details.id).toBe('asst_zbNeYIuXIUSKVHjJkfRo6ilv')
    expect(found.iconSrc).toBe('/images/assistant.png')
  })

  it('PUT /assistants/{id} with the seed body updates it', async () => {
    const res = await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, { body: SEED_BODY_TEXT, headers: SEED_HEADERS })
    expect(res.status).toBe(200)
    const updated = assistantSchema.parse(res.body)
    expect(updated.id).toBe(SEED_ASSISTANT_ID)
    expect(updated.details).toEqual(SEED_BODY.details)
    expect(updated.createdDate).toBe('2024-08-24T14:15:22.000Z')
    expect(updated.updatedDate).not.toBe(updated.createdDate)
    const again = await t.call('GET', `/assistants/${SEED_ASSISTANT_ID}`)
    expect(assistantSchema.parse(again.body).details.name).toBe('assistant')
  })

  it('DELETE /assistants/{id} deletes it; afterwards it is 404', async () => {
    const res = await t.call('DELETE', `/assistants/${SEED_ASSISTANT_ID}`, { headers: { Accept: '*/*' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ raw: [], affected: 1 })
    expect((await t.call('GET', `/assistants/${SEED_ASSISTANT_ID}`)).status).toBe(404)
    expect((await t.call('DELETE', `/assistants/${SEED_ASSISTANT_ID}`)).status).toBe(404)
  })

  it('every answer conformed to the contract', () => {
    t.expectConformant()
  })
})

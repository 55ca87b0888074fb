import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiListSchema, apiSchema, HEADERS_MESSAGE } from '../../src/contract/api'
import { makeTestApi, type TestApi } from './test-helpers'

const P = '/apis/admin/assistants/apis/'
let t: TestApi
beforeAll(async () => {
  t = await makeTestApi()
})
afterAll(async () => {
  await t.expectConformant()
})

describe('apis', () => {
  it('lists the seeded APIs, the demo one pointing at the mock CX platform', async () => {
    const list = apiListSchema.parse((await t.call('GET', P)).body)
    expect(list.find((a) => a.code === 'demo-cx-platform')?.url).toBe('http://127.0.0.1:4010/mock/cx-platform')
  })

  it('CRUD with status codes', async () => {
    const created = await t.call('POST', P, {
      json: { code: 'crm-two', url: 'https://crm.example.com', headers: '{"X-Key": "abc"}' },
    })
    expect(created.status).toBe(201)
    expect(apiSchema.parse(created.body)).toMatchObject({ code: 'crm-two', url: 'https://crm.example.com' })
    expect((await t.call('GET', `${P}crm-two/`)).status).toBe(200)
    const put = await t.call('PUT', `${P}crm-two/`, {
      json: { code: 'crm-two', url: 'https://crm2.example.com', headers: '{}' },
    })
    expect(put.body).toMatchObject({ url: 'https://crm2.example.com', headers: '{}' })
    const badPut = await t.call('PUT', `${P}crm-two/`, { json: { url: 'https://x.example.com' } })
    expect(badPut.body).toEqual({ code: ['This field is required.'], headers: ['This field is required.'] })
    const patch = await t.call('PATCH', `${P}crm-two/`, { json: { headers: '{"A": "b"}', id: 77 } })
    expect(patch.body).toMatchObject({ url: 'https://crm2.example.com', headers: '{"A": "b"}' })
    expect((await t.call('DELETE', `${P}crm-two/`)).status).toBe(204)
    expect((await t.call('GET', `${P}crm-two/`)).body).toEqual({ detail: 'Not found.' })
  })

  it('validates code, url and headers', async () => {
    const res = await t.call('POST', P, { json: { code: 'demo-cx-platform', url: 'not a url', headers: '[1]' } })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      code: ['api with this code already exists.'],
      url: ['Enter a valid URL.'],
      headers: [HEADERS_MESSAGE],
    })
    const long = await t.call('POST', P, {
      json: { code: 'x-y', url: `https://e.com/${'a'.repeat(200)}`, headers: '{}' },
    })
    expect(long.body).toEqual({ url: ['Ensure this field has no more than 200 characters.'] })
    const notJson = await t.call('POST', P, {
      json: { code: 'x-y', url: 'https://e.com', headers: 'Authorization: x' },
    })
    expect(notJson.body).toEqual({ headers: [HEADERS_MESSAGE] })
  })

  it('accepts form-encoded and multipart creates', async () => {
    const form = await t.call('POST', P, {
      body: new URLSearchParams({ code: 'form-api', url: 'https://form.example.com', headers: '{}' }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form).toMatchObject({ status: 201, body: { code: 'form-api' } })
    const data = new FormData()
    data.set('code', 'multipart-api')
    data.set('url', 'https://multipart.example.com')
    data.set('headers', '{"X": "y"}')
    const multi = await t.call('POST', P, { body: data })
    expect(multi).toMatchObject({ status: 201, body: { code: 'multipart-api', headers: '{"X": "y"}' } })
    const bad = await t.call('POST', P, {
      body: 'code=ab',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: ['Ensure this field has at least 3 characters.'] })
  })

  it('assistants stay JSON only', async () => {
    const res = await t.call('POST', '/apis/admin/assistants/', {
      body: 'code=abc',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(415)
  })
})

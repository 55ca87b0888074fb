/** Api.url through the mock's API: the contract's rule (DRF's URLField, see src/contract/url.ts) with DRF's messages. */
import { beforeAll, describe, expect, it } from 'vitest'
import { makeTestApi, type TestApi } from './test-helpers'

describe('Api.url through the API', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await makeTestApi()
  })
  const create = (code: string, url: string) =>
    t.call('POST', '/apis/admin/assistants/apis/', { json: { code, url, headers: '{}' } })

  it('stores ftp and ftps URLs, which DRF accepts', async () => {
    expect(await create('ftp-api', 'ftp://files.example.com/in')).toMatchObject({ status: 201 })
    expect(await create('ftps-api', 'ftps://files.example.com')).toMatchObject({ status: 201 })
  })

  it('answers DRF messages: blank alone, or the URL rule', async () => {
    expect(await create('blank-url', '')).toMatchObject({
      status: 400,
      body: { url: ['This field may not be blank.'] },
    })
    expect(await create('bad-url', 'gopher://example.com')).toMatchObject({
      status: 400,
      body: { url: ['Enter a valid URL.'] },
    })
    expect(await create('bare-host', 'http://crm')).toMatchObject({
      status: 400,
      body: { url: ['Enter a valid URL.'] },
    })
  })

  it('a PATCH checks the URL by the same rule', async () => {
    expect(await create('patch-url', 'https://crm.example.com')).toMatchObject({ status: 201 })
    const patch = (url: string) => t.call('PATCH', '/apis/admin/assistants/apis/patch-url/', { json: { url } })
    expect(await patch('http://[::1:2::3]/')).toMatchObject({ status: 400, body: { url: ['Enter a valid URL.'] } })
    expect(await patch('http://[2001:db8::1]:8080/v1')).toMatchObject({ status: 200 })
  })

  it('every answer stayed within the contract', async () => {
    await t.expectConformant()
  })
})

/** Api.url follows DRF's URLField (Django's URLValidator), case by case, and through the API. */
import { beforeAll, describe, expect, it } from 'vitest'
import { isDjangoUrl } from './http/url-field'
import { makeTestApi, type TestApi } from './test-helpers'

// Cases from Django's own tests (tests/validators/valid_urls.txt and invalid_urls.txt), trimmed.
const valid = [
  'http://www.djangoproject.com/',
  'HTTP://WWW.DJANGOPROJECT.COM/',
  'http://localhost/',
  'http://localhost:8000/',
  'http://example.com:0/',
  'http://example.com:65535/path?q=1#frag',
  'http://127.0.0.1:4010/mock/cx-platform',
  'http://10.1.1.254/',
  'http://[::1]:8080/',
  'http://[2001:db8::ff00:42:8329]/',
  'http://[::ffff:192.0.2.1]/',
  'https://user:pass@example.com/',
  'http://userid@example.com:8080/',
  'ftp://ftp.example.com/file.txt',
  'ftps://files.example.org',
  'http://crm.internal',
  'http://example.com.',
  'http://xn--7sbb4ac0ad0be6cf.xn--p1ai',
  'http://موقع.وزارة-الاتصالات.مصر/',
  'http://a.b-c.de',
  'https://crm.example.com/v2',
]
const invalid = [
  'javascript:alert(1)',
  'gopher://example.com',
  'file:///etc/passwd',
  'mailto:someone@example.com',
  'http://',
  'http://crm',
  'http://-invalid.com',
  'http://invalid-.com',
  'http://inv-.alid-.com',
  'http://a.b--c.de-',
  'http://example.-com',
  'http://.com',
  'http://example.com:123456/',
  'http://256.0.0.1/',
  'http://1.1.1.1.1/',
  'http://[::1:2::3]:8080/',
  'http://[gg::1]/',
  'http://exa mple.com',
  'http://example.com/\npath',
  'http://example.com/ space',
  `http://${'a'.repeat(64)}.com`,
  `http://example.com/${'x'.repeat(2048)}`,
  '//example.com',
  'example.com',
  '',
]

describe("Django's URLValidator", () => {
  it.each(valid)('accepts %s', (url) => expect(isDjangoUrl(url)).toBe(true))
  it.each(invalid)('refuses %j', (url) => expect(isDjangoUrl(url)).toBe(false))
})

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

  it('every answer stayed within the contract', async () => {
    await t.expectConformant()
  })
})

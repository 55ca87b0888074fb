/** Api.url follows DRF's URLField (Django's URLValidator), case by case, in the form and the mock alike. */
import { describe, expect, it } from 'vitest'
import { apiUrlSchema } from './api'
import { isDjangoUrl, isIPv6Address } from './url'

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

// What Python's ipaddress.IPv6Address accepts (Django checks bracketed hosts with it).
describe('IPv6 addresses', () => {
  it.each([
    '::',
    '::1',
    '1::',
    '2001:db8::ff00:42:8329',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7:8',
    '::ffff:192.0.2.1',
    '1:2:3:4:5:6:1.2.3.4',
    'FE80::ABCD',
  ])('accepts %s', (address) => expect(isIPv6Address(address)).toBe(true))
  it.each([
    '',
    ':',
    '1',
    ':::',
    '1:::2',
    '::1::',
    '::1:2::3',
    ':1::2',
    '1::2:',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    '12345::',
    'gg::1',
    '::1.2.3',
    '::1.2.3.256',
    '::01.2.3.4',
    '1:2:3:4:5:6:7:1.2.3.4',
    '0000:0000:0000:0000:0000:0000:0000:0000:1',
    `${'0'.repeat(36)}::1`,
  ])('refuses %j', (address) => expect(isIPv6Address(address)).toBe(false))
})

describe('apiUrlSchema: the form and the mock share it', () => {
  const errors = (url: unknown) => {
    const r = apiUrlSchema.safeParse(url)
    return r.success ? null : r.error.issues.map((issue) => issue.message)
  }
  it('accepts the schemes DRF accepts', () => {
    for (const url of ['http://a.example.com', 'https://a.example.com', 'ftp://a.example.com', 'ftps://a.example.com'])
      expect(apiUrlSchema.safeParse(url).success).toBe(true)
  })
  it('answers DRF messages: blank alone, the URL rule, the length and the URL rule together', () => {
    expect(errors('')).toEqual(['This field may not be blank.'])
    expect(errors('gopher://example.com')).toEqual(['Enter a valid URL.'])
    expect(errors('http://crm')).toEqual(['Enter a valid URL.'])
    expect(errors(`https://e.com/${'a'.repeat(200)}`)).toEqual(['Ensure this field has no more than 200 characters.'])
    expect(errors(`gopher://e.com/${'a'.repeat(200)}`)).toEqual([
      'Ensure this field has no more than 200 characters.',
      'Enter a valid URL.',
    ])
  })
})

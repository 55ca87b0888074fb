import { describe, expect, it } from 'vitest'
import { cxReceivedOf, withoutCxReceived } from './cx-received'

const result = {
  status: 200,
  ok: true,
  body: { ok: true },
  received_by_cx_platform: {
    via: 'in-process',
    url: 'https://mock-cx-platform.free.beeceptor.com/some-path/categories?thread_category_ids[]=1',
    method: 'PUT',
    path: '/some-path/categories',
    query: { 'thread_category_ids[]': ['1', '2'] },
    headers: { 'some-header': '••••••' },
    body: null,
  },
}

describe('cxReceivedOf', () => {
  it('reads what the CX platform received', () => {
    expect(cxReceivedOf(result)).toEqual({
      via: 'in-process',
      url: 'https://mock-cx-platform.free.beeceptor.com/some-path/categories?thread_category_ids[]=1',
      method: 'PUT',
      path: '/some-path/categories',
      query: [
        ['thread_category_ids[]', '1'],
        ['thread_category_ids[]', '2'],
      ],
      headers: [['some-header', '••••••']],
      body: null,
    })
  })

  it('is null for results without it or with a malformed one', () => {
    expect(cxReceivedOf({ status: 200 })).toBeNull()
    expect(cxReceivedOf('text')).toBeNull()
    expect(cxReceivedOf({ received_by_cx_platform: { method: 'PUT' } })).toBeNull()
    expect(cxReceivedOf({ received_by_cx_platform: 'PUT /x' })).toBeNull()
  })

  it('tolerates odd query and header shapes', () => {
    expect(
      cxReceivedOf({ received_by_cx_platform: { method: 'GET', path: '/', query: { a: 'one' }, headers: [] } }),
    ).toMatchObject({ query: [['a', 'one']], headers: [], via: null, url: null })
  })
})

describe('withoutCxReceived', () => {
  it('drops only that key', () => {
    expect(withoutCxReceived(result)).toEqual({ status: 200, ok: true, body: { ok: true } })
    expect(withoutCxReceived('x')).toBe('x')
  })
})

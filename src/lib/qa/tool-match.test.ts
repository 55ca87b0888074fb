import { describe, expect, it } from 'vitest'
import { matchPathPattern, matchTool, type ObservedToolCall } from './tool-match'

const call = (args: unknown, name = 'call_api'): ObservedToolCall => ({ id: 'c', name, arguments: args, index: 0 })

describe('matchPathPattern', () => {
  it.each([
    ['/categories/*', '/categories/42', true],
    ['/categories/*', '/categories/42/x', false],
    ['/categories/*', '/categories', false],
    ['/categories/**', '/categories', true],
    ['/categories/**', '/categories/a/b/c', true],
    ['/a/**/z', '/a/b/c/z', true],
    ['/a/**/z', '/a/z', true],
    ['/conversations/{id}/category', '/conversations/abc/category', true],
    ['/conversations/{id}/category', '/conversations/category', false],
    ['categories/*', '/categories/1/', true],
    ['/categories/*', '/categories/1?force=true', true],
    ['/categories/*?force=true', '/categories/1?force=true&x=1', true],
    ['/categories/*?force=true', '/categories/1', false],
    ['/categories/*?force=*', '/categories/1?force=no', true],
    ['/cat-*', '/cat-42', true],
    ['/cat-*', '/dog-42', false],
    ['/a b', '/a%20b', true],
    ['/categories/*', 'https://x.example/categories/9', true],
    ['/Categories/*', '/categories/1', false],
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(matchPathPattern(pattern, path)).toBe(expected)
  })
})

describe('matchTool', () => {
  const args = { api_code: 'cx', method: 'put', path: '/c/1', payload: '{"category_id":"x","meta":{"a":[1]}}' }
  it('matches a JSON string payload field by field', () => {
    expect(matchTool({ name: 'call_api', payload: { meta: { a: [1] } } }, call(args))).toEqual({ ok: true })
    expect(matchTool({ name: 'call_api', payload: { category_id: 'y' } }, call(args))).toEqual({
      ok: false,
      mismatch: 'payload "category_id" is "x", not "y"',
    })
    expect(matchTool({ name: 'call_api', payload: { z: 1 } }, call(args))).toEqual({
      ok: false,
      mismatch: 'the payload has no "z"',
    })
  })
  it('says which field differs', () => {
    expect(matchTool({ name: 'call_api', api_code: 'other' }, call(args))).toEqual({
      ok: false,
      mismatch: 'api_code is cx, not other',
    })
    expect(matchTool({ name: 'call_api', path: '/d/*' }, call(args))).toEqual({
      ok: false,
      mismatch: 'path /c/1 does not match /d/*',
    })
    expect(matchTool({ name: 'lookup' }, call(args))).toEqual({ ok: false, mismatch: 'it is call_api, not lookup' })
    expect(matchTool({ name: 'call_api', method: 'GET' }, call(null))).toEqual({
      ok: false,
      mismatch: 'method is (none), not GET',
    })
  })
})

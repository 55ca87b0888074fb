import { describe, expect, it } from 'vitest'
import { formatJsonPath, lookupJsonPath, parseJsonPath } from './json-path'

const get = (value: unknown, path: string) => {
  const parsed = parseJsonPath(path)
  if (!parsed.ok) throw new Error(parsed.error)
  return lookupJsonPath(value, parsed.segments)
}

describe('parseJsonPath', () => {
  it('parses dots, indexes and quoted keys', () => {
    expect(parseJsonPath('$')).toEqual({ ok: true, segments: [] })
    expect(parseJsonPath('$.a.b[0].c')).toEqual({ ok: true, segments: ['a', 'b', 0, 'c'] })
    expect(parseJsonPath(`$["x y"]['z\\'s'].k-1`)).toEqual({ ok: true, segments: ['x y', "z's", 'k-1'] })
  })
  it('says what is wrong', () => {
    expect(parseJsonPath('a.b')).toMatchObject({ ok: false, error: expect.stringMatching(/starts with "\$"/) })
    expect(parseJsonPath('$.')).toMatchObject({ ok: false, error: expect.stringMatching(/key name/) })
    expect(parseJsonPath('$[*]')).toMatchObject({ ok: false, error: expect.stringMatching(/\[number\]/) })
    expect(parseJsonPath('$a')).toMatchObject({ ok: false, error: expect.stringMatching(/Unexpected "a"/) })
  })
})

describe('lookupJsonPath', () => {
  const doc = { a: { b: [{ c: 1 }, null] }, 'x y': false }
  it('finds values, including falsy ones', () => {
    expect(get(doc, '$.a.b[0].c')).toEqual({ found: true, value: 1 })
    expect(get(doc, '$.a.b[1]')).toEqual({ found: true, value: null })
    expect(get(doc, '$["x y"]')).toEqual({ found: true, value: false })
    expect(get(doc, '$')).toEqual({ found: true, value: doc })
  })
  it('says where the path stopped', () => {
    expect(get(doc, '$.a.z')).toEqual({ found: false, reason: '$.a has no key "z"' })
    expect(get(doc, '$.a.b[5]')).toEqual({ found: false, reason: '$.a.b has 2 items, no [5]' })
    expect(get(doc, '$.a[0]')).toEqual({ found: false, reason: '$.a is an object, not an array' })
    expect(get(doc, '$["x y"].q')).toEqual({ found: false, reason: '$["x y"] is a boolean, not an object' })
  })
  it('does not read inherited keys', () => {
    expect(get({}, '$.constructor')).toMatchObject({ found: false })
  })
})

describe('formatJsonPath', () => {
  it('round-trips', () => {
    expect(formatJsonPath(['a', 0, 'x y'])).toBe('$.a[0]["x y"]')
  })
})

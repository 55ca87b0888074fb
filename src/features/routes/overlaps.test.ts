import { describe, expect, it } from 'vitest'
import { findOverlaps, matchingRoutes, mergeTags, witnesses, type RouteRef } from './overlaps'

const eq = (v: string, value: unknown) => ({ '==': [{ var: v }, value] })
const route = (assistant: string, id: number, tags: Record<string, unknown>): RouteRef => ({ assistant, id, tags })

describe('witnesses', () => {
  it('reads equality, membership, presence and numeric comparisons', () => {
    expect(witnesses(eq('channel', 'webchat'))).toEqual([{ channel: 'webchat' }])
    expect(witnesses({ '==': ['webchat', { var: 'channel' }] })).toEqual([{ channel: 'webchat' }])
    expect(witnesses({ in: [{ var: 'language' }, ['nl', 'en']] })).toEqual([{ language: 'nl' }, { language: 'en' }])
    expect(witnesses({ in: ['vip', { var: 'labels' }] })).toEqual([{ labels: ['vip'] }])
    expect(witnesses({ '!!': [{ var: 'customer.id' }] })).toEqual([{ customer: { id: true } }])
    expect(witnesses({ '>': [{ var: 'score' }, 5] })).toEqual([{ score: 6 }])
    expect(witnesses({ '<': [{ var: 'score' }, 5] })).toEqual([{ score: 4 }])
    expect(witnesses({ '<': [5, { var: 'score' }] })).toEqual([{ score: 6 }])
  })

  it('combines and/or, dropping contradictions', () => {
    expect(witnesses({ and: [eq('channel', 'webchat'), { in: [{ var: 'language' }, ['nl', 'en']] }] })).toEqual([
      { channel: 'webchat', language: 'nl' },
      { channel: 'webchat', language: 'en' },
    ])
    expect(witnesses({ or: [eq('a', 1), eq('b', 2)] })).toEqual([{ a: 1 }, { b: 2 }])
    expect(witnesses({ and: [eq('a', 1), eq('a', 2)] })).toEqual([])
  })

  it('gives nothing for what it cannot invert', () => {
    expect(witnesses({ '!': [eq('a', 1)] })).toEqual([])
    expect(witnesses({})).toEqual([])
    expect(witnesses('nonsense')).toEqual([])
  })
})

describe('mergeTags', () => {
  it('merges nested objects and refuses disagreements', () => {
    expect(mergeTags({ a: { b: 1 } }, { a: { c: 2 } })).toEqual({ a: { b: 1, c: 2 } })
    expect(mergeTags({ a: 1 }, { a: 2 })).toBeNull()
  })
})

describe('findOverlaps', () => {
  it('flags two assistants whose routes match the same tags, with those tags', () => {
    const routes = [
      route('billing', 1, eq('category', 'billing')),
      route('sales', 2, { and: [eq('channel', 'webchat'), { in: [{ var: 'category' }, ['billing', 'sales']] }] }),
      route('support', 3, eq('category', 'support')),
    ]
    const overlaps = findOverlaps(routes)
    expect(overlaps).toHaveLength(1)
    expect(overlaps[0]?.kind).toBe('direct')
    expect(overlaps[0]?.routes.map((r) => r.id).sort()).toEqual([1, 2])
    // The tags shown really do match both.
    const shown = overlaps[0]?.tags ?? {}
    expect(matchingRoutes(routes, shown).map((r) => r.id)).toEqual([1, 2])
  })

  it('does not flag routes of the same assistant, nor disjoint rules', () => {
    expect(
      findOverlaps([
        route('a', 1, eq('category', 'billing')),
        route('a', 2, { in: [{ var: 'category' }, ['billing']] }),
        route('b', 3, eq('category', 'sales')),
      ]),
    ).toEqual([])
  })

  it('finds overlaps that only a combination of two rules reveals', () => {
    const overlaps = findOverlaps([route('a', 1, eq('channel', 'webchat')), route('b', 2, eq('language', 'nl'))])
    expect(overlaps).toHaveLength(1)
    expect(overlaps[0]?.tags).toEqual({ channel: 'webchat', language: 'nl' })
    expect(overlaps[0]?.kind).toBe('combined')
  })

  it('ignores empty rules (they match nothing)', () => {
    expect(findOverlaps([route('a', 1, {}), route('b', 2, eq('x', 1))])).toEqual([])
  })
})

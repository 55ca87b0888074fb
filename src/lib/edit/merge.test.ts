/** The three-way merge of form values: what a save does when the server changed since the edit began. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { diffValues, mergeThreeWay, resolveMerge, sameValue, type Equal } from './merge'

type F = 'name' | 'temperature' | 'tags'
type V = Record<F, unknown>
const fields: readonly F[] = ['name', 'temperature', 'tags']
const base: V = { name: 'alpha', temperature: 0.5, tags: ['a'] }

describe('sameValue', () => {
  it('treats numbers within rounding as equal, and real differences as different', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true)
    expect(sameValue(1, 1 + 1e-12)).toBe(true)
    expect(sameValue(1, 1.001)).toBe(false)
    expect(sameValue(0, -0)).toBe(true)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
    expect(sameValue(Number.NaN, 0)).toBe(false)
  })

  // Regression: Infinity - Infinity is NaN, so an unchanged Infinity once counted as a change.
  it('is reflexive for infinite numbers', () => {
    expect(sameValue(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true)
  })

  it('does not mix numbers with their string form or null with undefined', () => {
    expect(sameValue(1, '1')).toBe(false)
    expect(sameValue(null, undefined)).toBe(false)
    expect(sameValue(null, null)).toBe(true)
    expect(sameValue('', null)).toBe(false)
  })

  it('compares arrays element by element, in order', () => {
    expect(sameValue([1, 'a', [2]], [1, 'a', [2]])).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue([0.1 + 0.2], [0.3])).toBe(true)
  })

  it('compares nested objects deeply, ignoring key order', () => {
    expect(sameValue({ a: 1, b: { c: [1, { d: 'x' }] } }, { b: { c: [1, { d: 'x' }] }, a: 1 })).toBe(true)
    expect(sameValue({ a: 1, b: { c: [1, { d: 'x' }] } }, { a: 1, b: { c: [1, { d: 'y' }] } })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false)
    expect(sameValue({ a: null }, null)).toBe(false)
  })

  it('is reflexive and symmetric on JSON-like values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameValue(a, structuredClone(a))).toBe(true)
        expect(sameValue(a, b)).toBe(sameValue(b, a))
      }),
    )
  })
})

describe('diffValues', () => {
  it('lists the changed fields in the given order with before and after', () => {
    const after: V = { name: 'beta', temperature: 0.5, tags: ['a', 'b'] }
    expect(diffValues(fields, base, after)).toEqual([
      { field: 'name', before: 'alpha', after: 'beta' },
      { field: 'tags', before: ['a'], after: ['a', 'b'] },
    ])
    expect(diffValues(['tags', 'name'] as const, base, after).map((c) => c.field)).toEqual(['tags', 'name'])
  })

  it('returns nothing when only fields outside the list differ', () => {
    expect(diffValues<F>(['name'], base, { ...base, temperature: 2 })).toEqual([])
  })

  it('uses a custom equality, which is told the field', () => {
    const seen: (string | undefined)[] = []
    // Tags compared as sets; everything else as usual.
    const equal: Equal = (a, b, field) => {
      seen.push(field)
      if (field === 'tags' && Array.isArray(a) && Array.isArray(b)) return sameValue([...a].sort(), [...b].sort())
      return sameValue(a, b)
    }
    const before: V = { name: 'x', temperature: 1, tags: ['a', 'b'] }
    expect(diffValues(fields, before, { name: 'x', temperature: 1, tags: ['b', 'a'] }, equal)).toEqual([])
    expect(diffValues(fields, before, { name: 'x', temperature: 1, tags: ['b', 'a'] })).toHaveLength(1)
    expect(seen).toEqual(['name', 'temperature', 'tags'])
    expect(diffValues(fields, before, { name: 'x', temperature: 1, tags: ['a'] }, equal)).toEqual([
      { field: 'tags', before: ['a', 'b'], after: ['a'] },
    ])
  })
})

describe('mergeThreeWay', () => {
  it('returns no fields and mine when neither side changed anything', () => {
    const m = mergeThreeWay(fields, base, { ...base }, { ...base })
    expect(m.fields).toEqual([])
    expect(m.conflicts).toEqual([])
    expect(m.values).toEqual(base)
  })

  it('keeps a change only I made', () => {
    const mine = { ...base, name: 'mine' }
    const m = mergeThreeWay(fields, base, mine, { ...base })
    expect(m.fields).toEqual([{ field: 'name', kind: 'mine', base: 'alpha', mine: 'mine', theirs: 'alpha' }])
    expect(m.values).toEqual(mine)
    expect(m.conflicts).toEqual([])
  })

  it('keeps a change only they made in the merged values', () => {
    const m = mergeThreeWay(fields, base, { ...base, name: 'mine' }, { ...base, temperature: 1.5 })
    expect(m.fields.map((f) => [f.field, f.kind])).toEqual([
      ['name', 'mine'],
      ['temperature', 'theirs'],
    ])
    expect(m.values).toEqual({ name: 'mine', temperature: 1.5, tags: ['a'] })
    expect(m.conflicts).toEqual([])
  })

  it('settles the same change made on both sides', () => {
    const m = mergeThreeWay(fields, base, { ...base, tags: ['a', 'b'] }, { ...base, tags: ['a', 'b'] })
    expect(m.fields).toEqual([{ field: 'tags', kind: 'same', base: ['a'], mine: ['a', 'b'], theirs: ['a', 'b'] }])
    expect(m.conflicts).toEqual([])
    expect(m.values.tags).toEqual(['a', 'b'])
  })

  it('reports a conflicting change and holds mine until resolved', () => {
    const m = mergeThreeWay(fields, base, { ...base, name: 'mine' }, { ...base, name: 'theirs' })
    expect(m.fields).toEqual([{ field: 'name', kind: 'conflict', base: 'alpha', mine: 'mine', theirs: 'theirs' }])
    expect(m.conflicts).toEqual(['name'])
    expect(m.values.name).toBe('mine')
  })

  it('does not modify its inputs', () => {
    const mine = { ...base, name: 'mine' }
    const theirs = { ...base, temperature: 2 }
    const copies = structuredClone({ base, mine, theirs })
    mergeThreeWay(fields, base, mine, theirs)
    expect({ base, mine, theirs }).toEqual(copies)
  })

  it('uses the custom equality to decide what changed', () => {
    // Whitespace-insensitive names: their reformatting is no change at all.
    const equal: Equal = (a, b, field) =>
      field === 'name' && typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : sameValue(a, b)
    const m = mergeThreeWay(fields, base, { ...base, name: 'mine' }, { ...base, name: ' alpha ' }, equal)
    expect(m.fields.map((f) => f.kind)).toEqual(['mine'])
    expect(m.values.name).toBe('mine')
  })
})

describe('resolveMerge', () => {
  const m = mergeThreeWay(
    fields,
    base,
    { name: 'my name', temperature: 1, tags: ['mine'] },
    { name: 'their name', temperature: 1.5, tags: ['a'] },
  )

  it('applies each choice to the conflicting fields', () => {
    expect(m.conflicts).toEqual(['name', 'temperature'])
    expect(resolveMerge(m, { name: 'theirs', temperature: 'mine' })).toEqual({
      name: 'their name',
      temperature: 1,
      tags: ['mine'],
    })
  })

  it('keeps mine for a conflict without a choice', () => {
    expect(resolveMerge(m, {})).toEqual({ name: 'my name', temperature: 1, tags: ['mine'] })
  })

  it('ignores a "theirs" choice for a field that is not in conflict', () => {
    expect(resolveMerge(m, { tags: 'theirs' }).tags).toEqual(['mine'])
  })

  it('does not change the merge it was given', () => {
    resolveMerge(m, { name: 'theirs' })
    expect(m.values.name).toBe('my name')
  })
})

describe('mergeThreeWay properties', () => {
  const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.constant(null))
  const record = fc.record({ name: value, temperature: value, tags: fc.array(value, { maxLength: 3 }) })

  it('returns mine unchanged when theirs is the base', () => {
    fc.assert(
      fc.property(record, record, (b, mine) => {
        const m = mergeThreeWay(fields, b, mine, structuredClone(b))
        expect(m.values).toEqual(mine)
        expect(m.conflicts).toEqual([])
        expect(m.fields.every((f) => f.kind === 'mine')).toBe(true)
      }),
    )
  })

  it('returns theirs when mine is the base', () => {
    fc.assert(
      fc.property(record, record, (b, theirs) => {
        const m = mergeThreeWay(fields, b, structuredClone(b), theirs)
        expect(m.values).toEqual(theirs)
        expect(m.conflicts).toEqual([])
        expect(m.fields.every((f) => f.kind === 'theirs')).toBe(true)
      }),
    )
  })

  it('resolving every conflict with one side gives that side wherever the other did not change', () => {
    fc.assert(
      fc.property(record, record, record, (b, mine, theirs) => {
        const m = mergeThreeWay(fields, b, mine, theirs)
        const allTheirs = resolveMerge(m, Object.fromEntries(m.conflicts.map((f) => [f, 'theirs'])))
        const allMine = resolveMerge(m, {})
        for (const f of fields) {
          const mineChanged = !sameValue(b[f], mine[f])
          const theirsChanged = !sameValue(b[f], theirs[f])
          expect(sameValue(allTheirs[f], theirsChanged ? theirs[f] : mine[f])).toBe(true)
          expect(sameValue(allMine[f], mineChanged ? mine[f] : theirs[f])).toBe(true)
          expect(m.conflicts.includes(f)).toBe(mineChanged && theirsChanged && !sameValue(mine[f], theirs[f]))
        }
      }),
    )
  })
})

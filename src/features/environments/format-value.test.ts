import { describe, expect, it } from 'vitest'
import { formatValue, isTextDiff, secretFieldText, secretState, stateLabel, visibleFields } from './format-value'

describe('formatValue', () => {
  it('tells absent, unset and empty apart', () => {
    expect(formatValue(undefined)).toBe('—')
    expect(formatValue(null)).toBe('not set')
    expect(formatValue('')).toBe('(empty)')
    expect(formatValue('gpt-4o')).toBe('gpt-4o')
  })
  it('lists names and strings, and writes the rest as JSON', () => {
    expect(formatValue(['a', 'b'])).toBe('a, b')
    expect(formatValue([{ name: 'call_api', key: 'x' }])).toBe('call_api')
    expect(formatValue([])).toBe('(none)')
    expect(formatValue({ '==': [1, 1] })).toBe('{"==":[1,1]}')
    expect(formatValue(false)).toBe('false')
  })
})

describe('diff display', () => {
  it('shows instructions as a text diff, other fields side by side', () => {
    expect(isTextDiff({ field: 'instructions', left: 'a', right: 'b' })).toBe(true)
    expect(isTextDiff({ field: 'instructions', left: undefined, right: 'b' })).toBe(true)
    expect(isTextDiff({ field: 'name', left: 'a', right: 'b' })).toBe(false)
  })
  it('says same or differs for header values, never a value', () => {
    expect(secretState('same', 'L', 'R')).toBe('same')
    expect(secretState('differs', 'L', 'R')).toBe('differs')
    expect(secretState('only-right', 'L', 'R')).toBe('only in R')
    expect(secretFieldText({ field: 'headers.Authorization', left: 'set', right: 'set', secret: true })).toBe('differs')
    expect(secretFieldText({ field: 'headers.X', left: 'absent', right: 'set', secret: true })).toBe('added')
    expect(secretFieldText({ field: 'headers.X', left: 'set', right: 'absent', secret: true })).toBe('removed')
    expect(secretFieldText({ field: 'headers.X', left: 'unknown', right: 'set', secret: true })).toBe('value not known')
  })
  it('names states after the two sides and keeps secret fields out of the side-by-side list', () => {
    expect(stateLabel('only-left', 'Local mock', 'Prod')).toBe('Only in Local mock')
    expect(
      visibleFields({
        kind: 'api',
        key: 'k',
        title: 'k',
        state: 'differs',
        fields: [
          { field: 'url', left: 'a', right: 'b' },
          { field: 'headers.Authorization', left: 'set', right: 'set', secret: true },
        ],
      }).map((f) => f.field),
    ).toEqual(['url'])
  })
})

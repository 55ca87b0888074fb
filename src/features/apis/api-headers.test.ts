import { describe, expect, it } from 'vitest'
import type { Assistant } from '@/contract/assistant'
import {
  duplicateNames,
  headerChanges,
  headerNames,
  headersFromRows,
  newRow,
  rowsFromHeaders,
  sameHeaders,
} from './api-headers'
import { assistantsMentioning } from './api-mentions'
import { mentionsCode, renameCode } from '@/lib/code-mentions'

describe('api headers', () => {
  it('round-trips rows and JSON', () => {
    const rows = rowsFromHeaders('{"Authorization":"Bearer x","X-Account":"demo"}')
    expect(rows?.map((r) => [r.name, r.value])).toEqual([
      ['Authorization', 'Bearer x'],
      ['X-Account', 'demo'],
    ])
    expect(headersFromRows(rows ?? [])).toBe('{"Authorization":"Bearer x","X-Account":"demo"}')
  })
  it('treats an empty string as no headers, rejects non-objects, and reads non-string values as text', () => {
    expect(rowsFromHeaders('')).toEqual([])
    expect(rowsFromHeaders('[1]')).toBeNull()
    expect(rowsFromHeaders('{"X-Retry": 3}')).toEqual([{ name: 'X-Retry', value: '3', saved: true }])
  })
  it('skips blank rows but keeps a value without a name (so validation catches it)', () => {
    expect(headersFromRows([newRow('', ''), newRow('A', '1')])).toBe('{"A":"1"}')
    expect(headersFromRows([newRow('', 'secret')])).toBe('{"":"secret"}')
  })
  it('finds duplicate names case-insensitively', () => {
    expect(duplicateNames([newRow('Accept', 'a'), newRow('accept', 'b'), newRow('X', '')])).toEqual(['accept'])
  })
  it('describes changes by name only', () => {
    expect(headerChanges('{"A":"1","B":"2"}', '{"A":"9","C":"3"}')).toEqual({
      added: ['C'],
      removed: ['B'],
      changed: ['A'],
    })
    expect(headerNames('{"A":"1","B":"2"}')).toEqual(['A', 'B'])
    expect(sameHeaders('{"A": "1"}', '{"A":"1"}')).toBe(true)
    expect(sameHeaders('{"A":"1"}', '{"A":"2"}')).toBe(false)
  })
})

describe('api mentions', () => {
  it('renames whole mentions only', () => {
    expect(renameCode('api_code: demo\nalso demo-crm and (demo)', 'demo', 'cx')).toBe(
      'api_code: cx\nalso demo-crm and (cx)',
    )
  })
  it('matches whole codes only', () => {
    expect(mentionsCode('call api_code demo-cx-platform now', 'demo-cx-platform')).toBe(true)
    expect(mentionsCode('- api_code: demo-crm', 'demo')).toBe(false)
    expect(mentionsCode('use "demo" please', 'demo')).toBe(true)
  })
  it('filters assistants by instructions', () => {
    const a = { code: 'a', instructions: 'use demo-crm' } as Assistant
    const b = { code: 'b', instructions: 'nothing' } as Assistant
    expect(assistantsMentioning([a, b], 'demo-crm')).toEqual([a])
  })
})

import { describe, expect, it } from 'vitest'
import { assistantListReader } from './assistant'
import { apiListReader, readHeaderObject } from './api'
import { isUnreadable, splitEntries, UnreadableItem } from './read-list'
import { messageListSchema, threadListReader } from './thread'
import { routeListReader } from './route'
import { toolListReader } from './tool'

const assistant = { code: 'ok-one', name: 'OK', instructions: '', tools: [] }

describe('tolerant list readers', () => {
  it('reads what the published spec allows: optional fields missing, extra fields, other models', () => {
    const list = assistantListReader.parse([{ ...assistant, model: 'gpt-9', future: { x: 1 } }])
    expect(list).toHaveLength(1)
    expect(isUnreadable(list[0])).toBe(false)
    expect((list[0] as Record<string, unknown>).future).toEqual({ x: 1 })
  })

  it('marks one odd item unreadable and keeps the others, in order', () => {
    const list = assistantListReader.parse([assistant, { id: 7, code: 'bad', name: 'Bad' }, 'nonsense'])
    const { items, unreadable } = splitEntries(list)
    expect(items.map((a) => a.code)).toEqual(['ok-one'])
    expect(unreadable.map((u) => [u.index, u.label, u.reason])).toEqual([
      [1, 'bad', 'instructions is missing'],
      [2, null, expect.stringContaining('object')],
    ])
    expect(list[1]).toBeInstanceOf(UnreadableItem)
  })

  it('rejects an answer that is not a list at all', () => {
    expect(assistantListReader.safeParse({ count: 0, results: [] }).success).toBe(false)
  })

  it('needs an API code to open it; spec-only APIs (no code) are unreadable, labelled by id', () => {
    const { items, unreadable } = splitEntries(
      apiListReader.parse([
        { id: 3, url: 'http://x', headers: '{}' },
        { code: 'cx', url: 'u', headers: '' },
      ]),
    )
    expect(items.map((a) => a.code)).toEqual(['cx'])
    expect(unreadable[0]?.label).toBe('#3')
    expect(unreadable[0]?.reason).toBe('code is missing')
  })

  it('reads routes, threads and tools with only an id', () => {
    expect(splitEntries(routeListReader.parse([{ id: 1 }])).items).toEqual([{ id: 1, tags: {} }])
    expect(splitEntries(threadListReader.parse([{ id: 2 }])).items).toEqual([{ id: 2, content: {} }])
    expect(splitEntries(toolListReader.parse([{ id: -3 }, {}])).unreadable).toHaveLength(1)
  })

  it('reads any JSON value as a thread message', () => {
    expect(messageListSchema.parse([null, 'hi', 4, { role: 5, content: 'x', extra: true }])).toEqual([
      { content: null },
      { content: 'hi' },
      { content: 4 },
      { content: 'x', extra: true },
    ])
  })

  it('reads API headers whose values are not strings', () => {
    expect(readHeaderObject('{"X-Count": 5, "A": null}')).toEqual({ 'X-Count': 5, A: null })
    expect(readHeaderObject('mollit eu')).toBeNull()
  })
})

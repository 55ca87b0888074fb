import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Assistant } from '@/contract/assistant'

const idb = vi.hoisted(() => {
  const store = new Map<string, unknown>()
  return {
    store,
    get: vi.fn(async (key: string) => store.get(key)),
    set: vi.fn(async (key: string, value: unknown): Promise<void> => void store.set(key, value)),
  }
})
vi.mock('idb-keyval', () => ({ get: idb.get, set: idb.set }))

const { VersionStore, VERSION_LIMIT, versionsFor } = await import('./version-store')

const v1: Assistant = {
  id: 1,
  code: 'bot',
  name: 'Bot',
  instructions: 'Be brief.',
  model: 'gpt-4o',
  temperature: '0.20',
  top_p: '1.00',
  tools: [],
}

beforeEach(() => idb.store.clear())

describe('VersionStore', () => {
  it('keeps the replaced version with what the save changed, newest first, and stores it', async () => {
    const store = new VersionStore('k')
    await store.ready
    const v2 = { ...v1, instructions: 'Be very brief.', temperature: '0.50' }
    const v3 = { ...v2, name: 'Bot 3' }
    store.record(v1, v2, 1000)
    store.record(v2, v3, 2000)
    const { versions } = store.getSnapshot()
    expect(versions.map((v) => v.values.instructions)).toEqual(['Be very brief.', 'Be brief.'])
    expect(versions[1]?.changed).toEqual(['Instructions', 'Temperature'])
    expect(versions[0]?.changed).toEqual(['Name'])
    expect(versions[1]?.values.temperature).toBe(0.2)
    await store.flushed()
    const again = new VersionStore('k')
    await again.ready
    expect(again.getSnapshot().versions.map((v) => v.replacedAt)).toEqual([2000, 1000])
  })

  it('keeps nothing for a save that changed nothing', async () => {
    const store = new VersionStore('k')
    expect(store.record(v1, { ...v1, id: 1 })).toBeNull()
    expect(store.getSnapshot().versions).toEqual([])
  })

  it('is capped, dropping the oldest', async () => {
    const store = new VersionStore('k')
    await store.ready
    for (let i = 0; i < VERSION_LIMIT + 5; i++) store.record({ ...v1, name: `n${i}` }, { ...v1, name: `n${i + 1}` }, i)
    const { versions } = store.getSnapshot()
    expect(versions).toHaveLength(VERSION_LIMIT)
    expect(versions[0]?.replacedAt).toBe(VERSION_LIMIT + 4)
  })

  it('keeps versions apart per connection identity and assistant', () => {
    expect(versionsFor('staging', 'bot')).toBe(versionsFor('staging', 'bot'))
    expect(versionsFor('staging', 'bot')).not.toBe(versionsFor('production', 'bot'))
    expect(versionsFor('staging', 'bot')).not.toBe(versionsFor('staging', 'other'))
  })

  it('a version recorded while loading is kept before the stored ones', async () => {
    idb.store.set('k', [{ id: 'old', replacedAt: 1, values: {}, changed: ['Name'] }])
    const store = new VersionStore('k')
    store.record(v1, { ...v1, name: 'x' }, 5)
    await store.ready
    expect(store.getSnapshot().versions.map((v) => v.replacedAt)).toEqual([5, 1])
  })
})

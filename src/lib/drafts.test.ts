/** Local drafts in IndexedDB: keyed by connection identity, best-effort when the storage fails. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const idb = vi.hoisted(() => {
  const store = new Map<string, unknown>()
  return {
    store,
    get: vi.fn(async (key: string): Promise<unknown> => store.get(key)),
    set: vi.fn(async (key: string, value: unknown): Promise<void> => void store.set(key, value)),
    del: vi.fn(async (key: string): Promise<void> => void store.delete(key)),
  }
})
vi.mock('idb-keyval', () => ({ get: idb.get, set: idb.set, del: idb.del }))

const { clearDraft, draftKey, loadDraft, saveDraft } = await import('./drafts')

beforeEach(() => {
  idb.store.clear()
  vi.clearAllMocks()
})

describe('draftKey', () => {
  it('joins the connection identity and the scope under the console prefix', () => {
    expect(draftKey('mock|dev|admin', 'assistant', 'helper')).toBe(
      'assistants-console:draft:mock|dev|admin:assistant:helper',
    )
    expect(draftKey('c', 'route', 'helper', 7)).toBe('assistants-console:draft:c:route:helper:7')
  })

  it('gives different connections and scopes different keys', () => {
    expect(draftKey('a', 'x', 1)).not.toBe(draftKey('b', 'x', 1))
    expect(draftKey('a', 'x', 1)).not.toBe(draftKey('a', 'x', 2))
  })
})

describe('save, load, clear', () => {
  it('round-trips a draft under its key and removes it', async () => {
    const key = draftKey('c', 'assistant', 'helper')
    const draft = { values: { name: 'n', temperature: 1 }, base: { id: 1 }, savedAt: 123 }
    await saveDraft(key, draft)
    expect(idb.set).toHaveBeenCalledWith(key, draft)
    expect(await loadDraft(key)).toEqual(draft)
    expect(await loadDraft(draftKey('other', 'assistant', 'helper'))).toBeNull()
    await clearDraft(key)
    expect(idb.del).toHaveBeenCalledWith(key)
    expect(await loadDraft(key)).toBeNull()
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'values'],
    ['a number', 42],
    ['an object without values', { base: null, savedAt: 1 }],
  ])('loads null for %s', async (_name, stored) => {
    idb.store.set('k', stored)
    expect(await loadDraft('k')).toBeNull()
  })

  it('swallows IndexedDB failures: load gives null, save and clear resolve', async () => {
    const broken = new DOMException('IndexedDB unavailable', 'InvalidStateError')
    idb.get.mockRejectedValueOnce(broken)
    idb.set.mockRejectedValueOnce(broken)
    idb.del.mockRejectedValueOnce(broken)
    await expect(loadDraft('k')).resolves.toBeNull()
    await expect(saveDraft('k', { values: {}, base: null, savedAt: 1 })).resolves.toBeUndefined()
    await expect(clearDraft('k')).resolves.toBeUndefined()
    expect(idb.get).toHaveBeenCalledTimes(1)
    expect(idb.set).toHaveBeenCalledTimes(1)
    expect(idb.del).toHaveBeenCalledTimes(1)
  })
})

import { describe, expect, it } from 'vitest'
import type { AccountDiff, DiffState, ItemDiff, ItemKind } from '@/lib/account/model'
import { groupItems, groupState, isPromotable, refId, selectedRefs, toggle, toggleGroup } from './selection'

const item = (kind: ItemKind, key: string, state: DiffState): ItemDiff => ({ kind, key, title: key, state, fields: [] })
const zero = { same: 0, differs: 0, 'only-left': 0, 'only-right': 0 }
const diff: AccountDiff = {
  items: [
    item('route', 'r1', 'only-left'),
    item('assistant', 'a-same', 'same'),
    item('assistant', 'a-diff', 'differs'),
    item('api', 'p-right', 'only-right'),
    item('api', 'p-left', 'only-left'),
  ],
  counts: { api: zero, assistant: zero, route: zero },
}

describe('selection', () => {
  it('only items that would change the target are promotable', () => {
    expect(diff.items.filter(isPromotable).map((i) => i.key)).toEqual(['r1', 'a-diff', 'p-left'])
  })

  it('groups by kind in reading order, optionally without the same items', () => {
    expect(groupItems(diff, false).map((g) => [g.kind, g.items.map((i) => i.key)])).toEqual([
      ['assistant', ['a-same', 'a-diff']],
      ['api', ['p-right', 'p-left']],
      ['route', ['r1']],
    ])
    expect(groupItems(diff, true)[0]?.items.map((i) => i.key)).toEqual(['a-diff'])
    expect(groupItems(diff, false, true)[1]?.items.map((i) => i.key)).toEqual(['p-left'])
  })

  it('keeps only picked items that are still promotable', () => {
    const picked = new Set(['assistant:a-diff', 'assistant:a-same', 'api:p-right', 'api:gone'])
    expect(selectedRefs(diff, picked)).toEqual([{ kind: 'assistant', key: 'a-diff' }])
  })

  it('toggles one item and a whole group, ignoring what cannot be promoted', () => {
    const one = toggle(new Set(), refId({ kind: 'api', key: 'p-left' }), true)
    expect([...one]).toEqual(['api:p-left'])
    expect([...toggle(one, 'api:p-left', false)]).toEqual([])
    const apis = groupItems(diff, false)[1]?.items ?? []
    expect(groupState(new Set(), apis)).toBe('none')
    const all = toggleGroup(new Set(), apis, true)
    expect([...all]).toEqual(['api:p-left'])
    expect(groupState(all, apis)).toBe('all')
    const assistants = diff.items.filter((i) => i.kind !== 'api')
    expect(groupState(new Set(['assistant:a-diff']), assistants)).toBe('some')
    expect([...toggleGroup(all, apis, false)]).toEqual([])
  })
})

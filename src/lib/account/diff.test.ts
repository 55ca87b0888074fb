import { describe, expect, it } from 'vitest'
import { diffAccounts } from './diff'
import { UNKNOWN_SECRET } from './model'
import { api, assistant, route, snapshot } from './test-snapshots'

const tool = (name: string, key = `${name}@1`) => ({ name, key })

describe('diffAccounts', () => {
  it('matches items by code and rule, and counts per kind and state', () => {
    const left = snapshot('staging', {
      apis: [api('crm'), api('orders')],
      assistants: [assistant('a'), assistant('b', { instructions: 'new' })],
      routes: [route('a', { '==': [{ var: 'channel' }, 'chat'] }), route('a', { '==': [1, 1] })],
    })
    const right = snapshot('production', {
      apis: [api('orders'), api('billing')],
      assistants: [assistant('a'), assistant('b', { instructions: 'old' })],
      // Same rule with keys in another order: the same route.
      routes: [route('a', { '==': [{ var: 'channel' }, 'chat'] }), route('a', { '!=': [1, 1] })],
    })
    const diff = diffAccounts(left, right)
    expect(diff.counts.api).toEqual({ same: 1, differs: 0, 'only-left': 1, 'only-right': 1 })
    expect(diff.counts.assistant).toEqual({ same: 1, differs: 1, 'only-left': 0, 'only-right': 0 })
    expect(diff.counts.route).toEqual({ same: 1, differs: 0, 'only-left': 1, 'only-right': 1 })
    const b = diff.items.find((i) => i.kind === 'assistant' && i.key === 'b')
    expect(b?.fields).toEqual([{ field: 'instructions', left: 'new', right: 'old' }])
  })

  it('compares tools by key, not order or id, and decimals by value', () => {
    const left = snapshot('l', {
      assistants: [assistant('a', { tools: [tool('x'), tool('y')], temperature: '0.2' })],
    })
    const right = snapshot('r', {
      assistants: [assistant('a', { tools: [tool('y'), tool('x')], temperature: '0.20' })],
    })
    expect(diffAccounts(left, right).items[0]).toMatchObject({ state: 'same', fields: [] })
    const changed = snapshot('r', { assistants: [assistant('a', { tools: [tool('x'), tool('y', 'y@2')] })] })
    expect(diffAccounts(left, changed).items[0]?.fields.map((f) => f.field)).toEqual(['tools'])
  })

  it('compares header values only as same / differs, never showing them', () => {
    const left = snapshot('l', {
      apis: [
        api('crm', {
          headers: { Authorization: 'aaa', 'X-Same': 'sss', 'X-Only-Left': 'l', 'X-Unknown': UNKNOWN_SECRET },
        }),
      ],
    })
    const right = snapshot('r', {
      apis: [
        api('crm', { headers: { Authorization: 'bbb', 'X-Same': 'sss', 'X-Only-Right': 'r', 'X-Unknown': 'zzz' } }),
      ],
    })
    const item = diffAccounts(left, right).items[0]
    expect(item?.state).toBe('differs')
    expect(item?.secrets).toEqual([
      { header: 'Authorization', state: 'differs' },
      { header: 'X-Only-Left', state: 'only-left' },
      { header: 'X-Only-Right', state: 'only-right' },
      { header: 'X-Same', state: 'same' },
      { header: 'X-Unknown', state: 'unknown' },
    ])
    expect(item?.fields).toEqual([
      { field: 'headers.Authorization', left: 'set', right: 'set', secret: true },
      { field: 'headers.X-Only-Left', left: 'set', right: 'absent', secret: true },
      { field: 'headers.X-Only-Right', left: 'absent', right: 'set', secret: true },
    ])
    expect(JSON.stringify(item)).not.toMatch(/aaa|bbb|zzz/)
  })

  it('an API whose only unknown header cannot differ is the same', () => {
    const left = snapshot('l', { apis: [api('crm', { headers: { Authorization: UNKNOWN_SECRET } })] })
    const right = snapshot('r', { apis: [api('crm', { headers: { Authorization: 'x' } })] })
    expect(diffAccounts(left, right).items[0]?.state).toBe('same')
  })
})

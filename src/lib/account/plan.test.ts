import { describe, expect, it } from 'vitest'
import { buildPlan, planChanges } from './plan'
import { UNKNOWN_SECRET } from './model'
import { api, assistant, route, snapshot } from './test-snapshots'

const chat = { '==': [{ var: 'channel' }, 'chat'] }
const mail = { '==': [{ var: 'channel' }, 'mail'] }

const source = snapshot('staging', {
  apis: [api('crm', { headers: { Authorization: 'fp-a' } }), api('orders'), api('unused')],
  assistants: [
    assistant('router', { instructions: 'call crm and orders', apiCodes: ['crm', 'orders'] }),
    assistant('other'),
  ],
  routes: [route('router', chat), route('other', mail)],
})

describe('buildPlan', () => {
  it('selecting an assistant pulls in the APIs it mentions and its routes, in dependency order', () => {
    const target = snapshot('production', { apis: [api('orders')] })
    const plan = buildPlan(source, target, [{ kind: 'assistant', key: 'router' }])
    expect(plan.steps.map((s) => [s.id, s.action])).toEqual([
      ['api:crm', 'create'],
      ['api:orders', 'unchanged'],
      ['assistant:router', 'create'],
      [`route:${route('router', chat).key}`, 'create'],
    ])
    const [crm, , router, r] = plan.steps
    expect(crm?.reason).toMatch(/router mentions this API/)
    expect(crm?.needsSecrets).toEqual(['Authorization'])
    expect(crm?.fields).toContainEqual({ field: 'headers.Authorization', left: 'absent', right: 'set', secret: true })
    expect(router?.reason).toBeUndefined()
    expect(router?.dependsOn).toEqual(['api:crm', 'api:orders'])
    expect(r?.dependsOn).toEqual(['assistant:router'])
    expect(r?.reason).toMatch(/a route of router/)
    expect(planChanges(plan)).toBe(3)
  })

  it('updates only changed fields, makes the assistant’s routes equal (deleting the target’s extra ones)', () => {
    const target = snapshot('production', {
      apis: [api('crm', { url: 'https://old', headers: { Authorization: 'fp-a' } }), api('orders')],
      assistants: [assistant('router', { instructions: 'old', apiCodes: ['crm'] })],
      routes: [route('router', mail, 41), route('other', chat, 42)],
    })
    const plan = buildPlan(source, target, [{ kind: 'assistant', key: 'router' }])
    const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]))
    expect(byId['api:crm']).toMatchObject({
      action: 'update',
      fields: [{ field: 'url', left: 'https://old', right: 'https://crm.example.com' }],
    })
    expect(byId['api:crm']?.needsSecrets).toBeUndefined()
    expect(byId['assistant:router']).toMatchObject({
      action: 'update',
      fields: [{ field: 'instructions', left: 'old', right: 'call crm and orders' }],
    })
    const del = plan.steps.at(-1)
    expect(del).toMatchObject({ kind: 'route', action: 'delete', targetId: 41, key: route('router', mail).key })
    // Another assistant's routes are not touched.
    expect(plan.steps.some((s) => s.key === route('other', chat).key)).toBe(false)
  })

  it('is empty of changes when the target already matches; differing header values need values', () => {
    const same = buildPlan(source, source, 'all')
    expect(planChanges(same)).toBe(0)
    expect(same.steps.every((s) => s.action === 'unchanged')).toBe(true)
    const target = {
      ...source,
      apis: source.apis.map((a) => (a.code === 'crm' ? { ...a, headers: { Authorization: 'fp-b' } } : a)),
    }
    const plan = buildPlan(source, target, [{ kind: 'api', key: 'crm' }])
    expect(plan.steps).toEqual([expect.objectContaining({ action: 'update', needsSecrets: ['Authorization'] })])
  })

  it('a bundle’s unknown header values are not changes; a selected route brings its missing assistant', () => {
    const bundle = { ...source, apis: source.apis.map((a) => ({ ...a, headers: { Authorization: UNKNOWN_SECRET } })) }
    const target = snapshot('production', { apis: source.apis })
    const plan = buildPlan(bundle, target, [{ kind: 'route', key: route('other', mail).key }])
    expect(plan.steps.map((s) => [s.id, s.action, s.reason ?? null])).toEqual([
      ['assistant:other', 'create', 'its route needs it, and production does not have it'],
      [`route:${route('other', mail).key}`, 'create', null],
    ])
    expect(planChanges(buildPlan(bundle, target, [{ kind: 'api', key: 'crm' }]))).toBe(0)
  })

  it('leaves fields the source does not state as the target has them', () => {
    const vague = snapshot('bundle', { assistants: [assistant('other', { model: null, temperature: null })] })
    const target = snapshot('production', { assistants: [assistant('other', { model: 'gpt-4', temperature: '0.70' })] })
    expect(buildPlan(vague, target, 'all').steps[0]?.action).toBe('unchanged')
  })
})

import { describe, expect, it } from 'vitest'
import { bundleToSnapshot, parseBundle, resolveSecrets, serializeBundle, toBundle } from './bundle'
import { diffAccounts } from './diff'
import { UNKNOWN_SECRET } from './model'
import { api, assistant, route, snapshot } from './test-snapshots'

const source = snapshot('staging', {
  apis: [api('crm', { headers: { Authorization: 'fp-secret', 'X-Account': 'fp-acc' } }), api('other')],
  assistants: [
    assistant('router', {
      instructions: 'use crm',
      apiCodes: ['crm'],
      tools: [{ name: 'call_api', key: 'call_api@1' }],
    }),
    assistant('lonely'),
  ],
  routes: [route('router', { '==': [{ var: 'q' }, 'x'] }, 7), route('lonely', { '==': [1, 1] })],
})

describe('bundle', () => {
  it('exports header names with placeholders, never values, and round-trips through text', () => {
    const bundle = toBundle(source, 'all', new Date('2026-11-30T00:00:00Z'))
    const text = serializeBundle(bundle)
    expect(text).not.toContain('fp-secret')
    expect(bundle.apis[0]?.headers).toEqual({
      Authorization: '${secret:crm/Authorization}',
      'X-Account': '${secret:crm/X-Account}',
    })
    expect(text).not.toContain('"id"')
    const parsed = parseBundle(text)
    expect(parsed).toMatchObject({ ok: true, errors: [] })
    if (!parsed.ok) return
    const back = bundleToSnapshot(parsed.bundle)
    expect(back.apis[0]?.headers).toEqual({ Authorization: UNKNOWN_SECRET, 'X-Account': UNKNOWN_SECRET })
    expect(back.assistants.find((a) => a.code === 'router')?.apiCodes).toEqual(['crm'])
    // Everything but the (unknown) header values compares equal to the source.
    expect(diffAccounts(source, back).items.every((i) => i.state === 'same')).toBe(true)
  })

  it('a selection brings its dependencies, as a plan does', () => {
    const bundle = toBundle(source, [{ kind: 'assistant', key: 'router' }])
    expect(bundle.apis.map((a) => a.code)).toEqual(['crm'])
    expect(bundle.assistants.map((a) => a.code)).toEqual(['router'])
    expect(bundle.routes.map((r) => r.assistant)).toEqual(['router'])
  })

  it('rejects what is not a bundle, and reads odd items one by one', () => {
    expect(parseBundle('{')).toMatchObject({ ok: false, errors: [{ where: '(file)' }] })
    expect(parseBundle('{"format":"other","version":1}')).toMatchObject({ ok: false, errors: [{ where: 'format' }] })
    expect(parseBundle('{"format":"assistants-console/bundle","version":2}')).toMatchObject({
      ok: false,
      errors: [{ where: 'version', message: expect.stringMatching(/newer/) }],
    })
    const result = parseBundle(
      JSON.stringify({
        format: 'assistants-console/bundle',
        version: 1,
        apis: [
          { code: 'ok-api', url: 'https://x' },
          { code: 'Bad Code', url: 'https://x' },
          { code: 'ok-api', url: 'https://y' },
        ],
        assistants: [{ code: 'a', name: 'A', instructions: 'i' }, { code: 'b' }],
        routes: [{ assistant: 'a', rule: 'not an object' }],
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.bundle.apis.map((a) => a.code)).toEqual(['ok-api'])
    expect(result.bundle.assistants.map((a) => a.code)).toEqual(['a'])
    expect(result.bundle.assistants[0]?.tools).toEqual([])
    expect(result.errors.map((e) => e.where)).toEqual([
      'apis[1] Bad Code',
      'apis[2] ok-api',
      'assistants[1] b',
      'routes[0]',
    ])
    expect(bundleToSnapshot(result.bundle).assistants[0]?.model).toBeNull()
  })

  it('resolves placeholders by name; literal values count as given', () => {
    const parsed = parseBundle(
      JSON.stringify({
        format: 'assistants-console/bundle',
        version: 1,
        apis: [
          {
            code: 'crm',
            url: 'https://x',
            headers: { Authorization: '${secret:crm/Authorization}', 'X-Key': '${secret:shared-key}', 'X-Plain': 'v' },
          },
        ],
      }),
    )
    if (!parsed.ok) throw new Error('expected a bundle')
    const { secrets, missing } = resolveSecrets(parsed.bundle, (name) =>
      name === 'crm/Authorization' ? 'Bearer t' : undefined,
    )
    expect(secrets).toEqual({ crm: { Authorization: 'Bearer t', 'X-Plain': 'v' } })
    expect(missing).toEqual([{ api: 'crm', header: 'X-Key', name: 'shared-key' }])
  })
})

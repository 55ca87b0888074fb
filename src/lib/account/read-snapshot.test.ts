import { describe, expect, it } from 'vitest'
import { canonicalJson, fingerprint, routeKey } from './canonical'
import { mentionedApiCodes } from './mentions'
import { UNKNOWN_SECRET } from './model'
import { headerFingerprints, withSecrets } from './read-snapshot'
import { sha256 } from './sha256'
import { api, snapshot } from './test-snapshots'

describe('what a snapshot keys and hides', () => {
  it('fingerprints header values (16 hex of SHA-256); equal values give equal fingerprints', async () => {
    const a = await headerFingerprints('{"Authorization":"Bearer abc","X-N":5}')
    const b = await headerFingerprints('{"Authorization":"Bearer abc"}')
    expect(a?.Authorization).toMatch(/^[0-9a-f]{16}$/)
    expect(a?.Authorization).toBe(b?.Authorization)
    expect(a?.Authorization).toBe((await fingerprint('Bearer abc')).slice(0, 16))
    expect(a?.Authorization).not.toContain('abc')
    expect(a?.['X-N']).toBe(await fingerprint('5'))
    expect(await headerFingerprints('not json')).toBeNull()
  })

  it('falls back to a plain SHA-256 where Web Crypto is missing, with the same digests', async () => {
    for (const text of ['', 'abc', 'Bearer cxp_live_9f3b', 'é€😀', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000)]) {
      const bytes = new TextEncoder().encode(text)
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
      expect(Array.from(sha256(bytes))).toEqual(Array.from(expected))
    }
  })

  it('treats values a server answered masked as unknown, not as equal', async () => {
    const h = await headerFingerprints('{"A":"••••","B":"****e6b3","C":"x","D":"•"}')
    expect(h?.A).toBe(UNKNOWN_SECRET)
    expect(h?.B).toBe(UNKNOWN_SECRET)
    expect(h?.C).not.toBe(UNKNOWN_SECRET)
    expect(h?.D).not.toBe(UNKNOWN_SECRET)
  })

  it('fills supplied values into unknown fingerprints, for the names the API has', async () => {
    const s = snapshot('bundle', { apis: [api('crm', { headers: { Authorization: UNKNOWN_SECRET } })] })
    const filled = await withSecrets(s, { crm: { Authorization: 'k', Other: 'x' }, nope: { A: 'b' } })
    expect(filled.apis[0]?.headers).toEqual({ Authorization: await fingerprint('k') })
    expect(s.apis[0]?.headers.Authorization).toBe(UNKNOWN_SECRET)
  })

  it('keys rules by content, whatever the key order', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}')
    expect(routeKey('x', { and: [1], or: [2] })).toBe(routeKey('x', { or: [2], and: [1] }))
  })

  it('finds API codes mentioned as whole codes', () => {
    expect(mentionedApiCodes('call demo-crm, not demo-crm-v2', ['demo', 'demo-crm', 'demo-crm-v2', 'x'])).toEqual([
      'demo-crm',
      'demo-crm-v2',
    ])
  })
})

/** Every seeded iconSrc resolves without leaving the machine: served by the mock, or inline data. */
import { describe, expect, it } from 'vitest'
import { assistantListReader, assistantSchema } from '../../../src/contract/flowise/assistant-read'
import { isIconSrc } from '../../../src/contract/flowise/assistant-write'
import { ICONS } from './icons'
import { makeFlowiseTestApi } from './test-helpers'

describe('icons', () => {
  const t = makeFlowiseTestApi()

  it('each seeded icon is a local /images path or a data: URL that the mock or the browser resolves', async () => {
    const items = assistantListReader
      .parse((await t.call('GET', '/assistants')).body)
      .map((a) => assistantSchema.parse(a))
    const sources = items.map((a) => a.iconSrc ?? '')
    expect(new Set(sources).size).toBeGreaterThanOrEqual(4)
    for (const src of sources) {
      expect(isIconSrc(src), src).toBe(true)
      expect(src.length).toBeLessThanOrEqual(255)
      if (src.startsWith('data:')) continue
      expect(src).toMatch(/^\/images\//)
      const res = await t.app.request(src)
      expect(res.status, src).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^image\//)
    }
  })

  it('images need no key (an <img> sends none), and are what they say they are', async () => {
    for (const [file, icon] of Object.entries(ICONS)) {
      const res = await t.call('GET', `/images/${file}`, { key: null })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(icon.type)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
    const png = new Uint8Array(await (await t.app.request('/images/assistant.png')).arrayBuffer())
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    const svg = await (await t.app.request('/images/data-analyst.svg')).text()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).not.toMatch(/<script|href=/i)
  })

  it('an unknown image: 404 in Flowise’s format', async () => {
    const res = await t.call('GET', '/images/nope.png', { key: null })
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ statusCode: 404, success: false })
    expect((await t.call('GET', '/images/__proto__', { key: null })).status).toBe(404)
  })

  it('conforms', () => t.expectConformant())
})

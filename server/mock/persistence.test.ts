import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadState, saveState } from './store/persistence'
import { buildSeed } from './seed/build-seed'
import { makeTestApi } from './test-helpers'

let dir: string
let file: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-data-'))
  file = path.join(dir, 'state.json')
})
afterEach(() => {
  vi.restoreAllMocks()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('persistence', () => {
  it('state survives a restart', async () => {
    const first = await makeTestApi({ dataFile: file })
    await first.call('POST', '/apis/admin/assistants/', {
      json: { code: 'kept', name: 'Kept', instructions: 'x', tools: [] },
    })
    await first.call('DELETE', '/apis/admin/assistants/demo-reply-suggester/')
    await first.call('PATCH', '/apis/admin/assistants/apis/demo-crm/', { json: { url: 'https://crm2.example.com' } })
    const second = await makeTestApi({ dataFile: file })
    const codes = ((await second.call('GET', '/apis/admin/assistants/')).body as Array<{ code: string }>).map(
      (a) => a.code,
    )
    expect(codes).toContain('kept')
    expect(codes).not.toContain('demo-reply-suggester')
    expect((await second.call('GET', '/apis/admin/assistants/apis/demo-crm/')).body).toMatchObject({
      url: 'https://crm2.example.com',
    })
    // Ids keep counting after a restart.
    const next = await second.call('POST', '/apis/admin/assistants/', {
      json: { code: 'next', name: 'N', instructions: 'x', tools: [] },
    })
    expect((next.body as { id: number }).id).toBeGreaterThan(7)
    await first.expectConformant()
    await second.expectConformant()
  })

  it('starts from the seed, writing the file, when it does not exist', async () => {
    await makeTestApi({ dataFile: file })
    expect(loadState(file)?.assistants.length).toBeGreaterThan(3)
  })

  it('a failed save leaves the previous file intact and no temp file behind', () => {
    const good = buildSeed('http://x', 0)
    saveState(file, good)
    const before = fs.readFileSync(file, 'utf8')
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw new Error('disk full')
    })
    expect(() => saveState(file, { ...good, assistants: [] })).toThrow('disk full')
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
    expect(fs.readdirSync(dir)).toEqual(['state.json'])
  })

  it('a partial temp file from a crash is never read', () => {
    saveState(file, buildSeed('http://x', 0))
    fs.writeFileSync(path.join(dir, '.state.json.999.1.tmp'), '{"version": 1, "assist')
    expect(loadState(file)?.assistants.length).toBeGreaterThan(3)
  })

  it('refuses a corrupt data file instead of silently reseeding', () => {
    fs.writeFileSync(file, '{"version": 1, "assist')
    expect(() => loadState(file)).toThrow(/not valid JSON/)
  })
})

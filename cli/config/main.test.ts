/** `npm run config` in-process against the mock's two tenants on an ephemeral port. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apisApi } from '@/api/resources/apis'
import { assistantsApi } from '@/api/resources/assistants'
import { DEMO_CX_SECRET } from '../../server/mock/seed/apis'
import { expectServerConformant } from '../../server/mock/test-helpers'
import type { RunningMockServer } from '../../server/mock/app'
import { EXIT_CHANGES, EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE, main } from './main'
import { armFault, demoClient, startTenants, TENANT } from './test-server'

let server: RunningMockServer
let dir: string
beforeEach(async () => {
  server = await startTenants()
  dir = await mkdtemp(join(tmpdir(), 'config-cli-'))
})
afterEach(async () => {
  await expectServerConformant(server.url)
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

async function run(argv: string[], env: Record<string, string> = {}) {
  let out = ''
  let err = ''
  const code = await main(argv, {
    stdout: { write: (t) => (out += t) },
    stderr: { write: (t) => (err += t) },
    env,
  })
  return { code, out, err }
}

const auth = ['--client-id', 'demo-client', '--client-secret', 'demo-secret']
const at = (url: string) => ['--base-url', url, ...auth]

describe('npm run config', () => {
  it('export from staging, plan against production (3), apply --yes, plan again (0)', async () => {
    const file = join(dir, 'staging.json')
    const exported = await run(['export', ...at(server.url), '--out', file])
    expect(exported).toMatchObject({ code: EXIT_OK })
    expect(exported.err).toMatch(/Exported 3 APIs, \d+ assistants, 5 routes/)
    const text = await readFile(file, 'utf8')
    expect(text).toContain('"X-Api-Key": "${secret:demo-crm/X-Api-Key}"')
    expect(text).not.toContain(DEMO_CX_SECRET)

    const production = `${server.url}${TENANT}`
    const plan = await run(['plan', file, ...at(production)])
    expect(plan.code).toBe(EXIT_CHANGES)
    expect(plan.out).toContain('2 to create, 1 to update, 1 to delete')
    expect(plan.out).toContain('+ api demo-crm  (create)')
    expect(plan.out).toContain('~ assistant demo-conversation-summarizer  (update)')
    expect(plan.out).toContain('  - Write at most five sentences.')
    expect(plan.out).toMatch(/- route demo-routing-assistant: .*"nl"\]\}\]\} {2}\(delete\)/)
    expect(plan.err).toContain('no value for ${secret:demo-crm/X-Api-Key}')

    const refused = await run(['apply', file, ...at(production)])
    expect(refused.code).toBe(EXIT_UNUSABLE)
    expect(refused.err).toMatch(/add --yes/)
    expect((await run(['plan', file, ...at(production)])).code).toBe(EXIT_CHANGES)

    const applied = await run(['apply', file, ...at(production), '--yes'], {
      CONFIG_SECRET_DEMO_CRM_X_API_KEY: 'crm-production-key',
    })
    expect(applied.code).toBe(EXIT_OK)
    expect(applied.out).toContain('4 done, 0 failed, 0 skipped')
    expect(applied.out).not.toContain('crm-production-key')
    const crm = await apisApi.get(demoClient(production), 'demo-crm')
    expect(JSON.parse(crm.headers)).toEqual({ 'X-Api-Key': 'crm-production-key' })

    const after = await run(['plan', file, ...at(production)])
    expect(after.code).toBe(EXIT_OK)
    expect(after.out).toContain('0 to create, 0 to update, 0 to delete')
  }, 60_000)

  it('an injected failure mid-apply: the report says done / failed / skipped, exit 1; a re-run applies the rest', async () => {
    const staging = demoClient(server.url)
    await assistantsApi.create(staging, {
      code: 'cli-assistant',
      name: 'CLI',
      instructions: 'Look orders up in demo-crm.',
      tools: [],
    })
    const file = join(dir, 'bundle.json')
    expect((await run(['export', ...at(server.url), '--out', file, '--only', 'assistant:cli-assistant'])).code).toBe(
      EXIT_OK,
    )
    const bundle = JSON.parse(await readFile(file, 'utf8')) as { apis: { code: string }[]; assistants: unknown[] }
    expect(bundle.apis.map((a) => a.code)).toEqual(['demo-crm'])
    expect(bundle.assistants).toHaveLength(1)

    const production = `${server.url}${TENANT}`
    await armFault(production, 'POST', '/apis/admin/assistants/apis/', 503)
    const first = await run(['apply', file, ...at(production), '--yes', '--secret', 'demo-crm/X-Api-Key=k'])
    expect(first.code).toBe(EXIT_FAILED)
    expect(first.out).toMatch(/failed {2}create demo-crm: .*Injected fault/)
    expect(first.out).toContain('skipped create cli-assistant: demo-crm failed.')
    expect(first.out).toContain('0 done, 1 failed, 1 skipped')
    expect(first.out).toContain('Run the same apply again')

    const second = await run(['apply', file, ...at(production), '--yes', '--secret', 'demo-crm/X-Api-Key=k'])
    expect(second.code).toBe(EXIT_OK)
    expect(second.out).toContain('2 done, 0 failed, 0 skipped')
    expect((await run(['plan', file, ...at(production)])).code).toBe(EXIT_OK)
  }, 60_000)

  it('usage, files and connections that cannot work exit 2 with one clear message', async () => {
    expect((await run([])).err).toMatch(/Name a command/)
    expect((await run(['plan', ...at(server.url)])).code).toBe(EXIT_UNUSABLE)
    expect((await run(['export'])).err).toMatch(/--base-url is required/)
    expect((await run(['export', '--base-url', server.url])).err).toMatch(/Credentials needed/)
    expect((await run(['export', ...at(server.url), '--only', 'thing'])).code).toBe(EXIT_UNUSABLE)
    const secretInFlag = await run(['plan', 'x.json', ...at(server.url), '--secret', 'no-equals-sign-s3cr3t'])
    expect(secretInFlag.code).toBe(EXIT_UNUSABLE)
    expect(secretInFlag.err).not.toContain('s3cr3t')
    expect((await run(['--help'])).out).toContain('npm run config -- plan FILE')

    const missing = await run(['plan', join(dir, 'nope.json'), ...at(server.url)])
    expect(missing).toMatchObject({ code: EXIT_UNUSABLE, err: expect.stringMatching(/Cannot read/) })
    const broken = join(dir, 'broken.json')
    await writeFile(broken, JSON.stringify({ format: 'assistants-console/bundle', version: 1, apis: [{ code: 'X' }] }))
    const partial = await run(['plan', broken, ...at(server.url)])
    expect(partial).toMatchObject({ code: EXIT_UNUSABLE, err: expect.stringMatching(/apis\[0\] X: /) })
    const wrong = await run([
      'export',
      '--base-url',
      server.url,
      '--client-id',
      'demo-client',
      '--client-secret',
      'nope',
    ])
    expect(wrong).toMatchObject({ code: EXIT_UNUSABLE, err: expect.stringMatching(/refused|Sign-in failed/) })
  }, 60_000)
})

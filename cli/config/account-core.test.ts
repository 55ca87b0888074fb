/** The account core (read, diff, plan, apply) against the mock's two tenants over HTTP. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apisApi } from '@/api/resources/apis'
import { assistantsApi } from '@/api/resources/assistants'
import { routesApi } from '@/api/resources/routes'
import { applyPlan } from '@/lib/account/apply'
import { diffAccounts } from '@/lib/account/diff'
import { buildPlan, planChanges } from '@/lib/account/plan'
import { readSnapshot } from '@/lib/account/read-snapshot'
import { expectServerConformant } from '../../server/mock/test-helpers'
import type { RunningMockServer } from '../../server/mock/app'
import { armFault, demoClient, startTenants, TENANT } from './test-server'

let server: RunningMockServer
beforeEach(async () => {
  server = await startTenants()
})
afterEach(async () => {
  await expectServerConformant(server.url)
  await server.close()
})

const states = (diff: ReturnType<typeof diffAccounts>) =>
  diff.items.filter((i) => i.state !== 'same').map((i) => [i.kind, i.key.split(' ')[0], i.state])

describe('account core against the two mock tenants', () => {
  it('reads both and finds exactly the seeded differences; header values compare without being read out', async () => {
    const staging = await readSnapshot(demoClient(server.url), { label: 'staging' })
    const production = await readSnapshot(demoClient(`${server.url}${TENANT}`), { label: 'production' })
    expect(staging.problems).toEqual([])
    const diff = diffAccounts(staging, production)
    expect(states(diff)).toEqual([
      ['api', 'demo-crm', 'only-left'],
      ['assistant', 'demo-conversation-summarizer', 'differs'],
      ['route', 'demo-routing-assistant', 'only-right'],
      ['route', 'demo-routing-assistant', 'only-left'],
    ])
    const cx = diff.items.find((i) => i.key === 'demo-cx-platform')
    expect(cx?.secrets).toEqual([
      { header: 'Authorization', state: 'same' },
      { header: 'X-Account', state: 'same' },
    ])
    expect(JSON.stringify(staging)).not.toContain('cxp_live')
    // Tools are keyed by name + data: the same catalogue gives the same keys.
    const router = staging.assistants.find((a) => a.code === 'demo-routing-assistant')
    expect(router?.tools.map((t) => t.name)).toEqual(['call_api'])
    expect(router?.apiCodes).toEqual(['demo-cx-platform'])
  }, 60_000)

  it('promotes an assistant with its API and routes; a failure mid-apply is reported per step and a re-run finishes', async () => {
    const stagingClient = demoClient(server.url)
    const productionClient = demoClient(`${server.url}${TENANT}`)
    await apisApi.create(stagingClient, {
      code: 'core-orders',
      url: 'https://orders.example.com',
      headers: JSON.stringify({ 'X-Api-Key': 'k-123' }),
    })
    await assistantsApi.create(stagingClient, {
      code: 'core-assistant',
      name: 'Core',
      instructions: 'Call core-orders with call_api.',
      tools: [12],
      temperature: 0.3,
    })
    await routesApi.create(stagingClient, 'core-assistant', { tags: { '==': [{ var: 'queue' }, 'core'] } })

    const read = () =>
      Promise.all([
        readSnapshot(stagingClient, { label: 'staging' }),
        readSnapshot(productionClient, { label: 'production' }),
      ])
    let [staging, production] = await read()
    const plan = buildPlan(staging, production, [{ kind: 'assistant', key: 'core-assistant' }])
    expect(plan.steps.map((s) => [s.id.split(' ')[0], s.action])).toEqual([
      ['api:core-orders', 'create'],
      ['assistant:core-assistant', 'create'],
      ['route:core-assistant', 'create'],
    ])
    await armFault(`${server.url}${TENANT}`, 'POST', '/apis/admin/assistants/apis/')
    const seen: string[] = []
    const report = await applyPlan(
      plan,
      staging,
      { client: productionClient },
      {
        secrets: { 'core-orders': { 'X-Api-Key': 'k-123' } },
        onStep: (id, outcome) => seen.push(`${id.split(' ')[0]} ${outcome.status}`),
      },
    )
    expect(seen).toEqual(['api:core-orders failed', 'assistant:core-assistant skipped', 'route:core-assistant skipped'])
    expect(report.steps[0]?.outcome).toEqual({ status: 'failed', message: expect.stringContaining('Injected fault') })
    expect(report.steps[1]?.outcome).toEqual({ status: 'skipped', reason: 'core-orders failed.' })

    ;[staging, production] = await read()
    const again = buildPlan(staging, production, [{ kind: 'assistant', key: 'core-assistant' }])
    const second = await applyPlan(
      again,
      staging,
      { client: productionClient },
      {
        secrets: { 'core-orders': { 'X-Api-Key': 'k-123' } },
      },
    )
    expect(second.steps.map((s) => s.outcome.status)).toEqual(['done', 'done', 'done'])
    ;[staging, production] = await read()
    const after = diffAccounts(staging, production)
    for (const key of ['core-orders', 'core-assistant'])
      expect(after.items.find((i) => i.key === key)).toMatchObject({ state: 'same' })
    // The header value entered in the plan is the one written: the fingerprints match.
    expect(after.items.find((i) => i.key === 'core-orders')?.secrets).toEqual([{ header: 'X-Api-Key', state: 'same' }])
    expect(planChanges(buildPlan(staging, production, [{ kind: 'assistant', key: 'core-assistant' }]))).toBe(0)
  }, 60_000)

  it('updates send only the changed fields; a tool missing on the target fails its step with the reason', async () => {
    const stagingClient = demoClient(server.url)
    const productionClient = demoClient(`${server.url}${TENANT}`)
    const [staging, production] = await Promise.all([
      readSnapshot(stagingClient, { label: 'staging' }),
      readSnapshot(productionClient, { label: 'production' }),
    ])
    const plan = buildPlan(staging, production, [{ kind: 'assistant', key: 'demo-conversation-summarizer' }])
    expect(plan.steps[0]).toMatchObject({ action: 'update', fields: [{ field: 'instructions' }] })
    const sent: { method: string; body: unknown }[] = []
    const spying = demoClient(`${server.url}${TENANT}`)
    const original = spying.send.bind(spying)
    spying.send = (method, path, opts = {}) => {
      if (method !== 'GET') sent.push({ method, body: opts.body })
      return original(method, path, opts)
    }
    const report = await applyPlan(plan, staging, { client: spying })
    expect(report.steps.map((s) => s.outcome.status)).toEqual(['done', 'done'])
    expect(sent).toEqual([
      {
        method: 'PATCH',
        body: { instructions: staging.assistants.find((a) => a.code === 'demo-conversation-summarizer')?.instructions },
      },
    ])

    const ghost = {
      ...staging,
      assistants: staging.assistants.map((a) =>
        a.code === 'demo-routing-assistant' ? { ...a, tools: [{ name: 'call_api', key: 'call_api@0000' }] } : a,
      ),
    }
    const toolPlan = buildPlan(ghost, production, [{ kind: 'assistant', key: 'demo-routing-assistant' }])
    const toolReport = await applyPlan(toolPlan, ghost, { client: productionClient })
    const step = toolReport.steps.find((s) => s.id === 'assistant:demo-routing-assistant')
    expect(step?.outcome).toEqual({
      status: 'failed',
      message: expect.stringMatching(/tool "call_api" is defined differently on production; tools cannot be created/),
    })
  }, 60_000)
})

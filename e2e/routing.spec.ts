/**
 * The guide's routing use case end to end: an assistant whose instructions
 * route a conversation and call `call_api` on a configured API. The "CX
 * platform" is a server started by this test, so we see exactly what arrived.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { test, expect } from './support/test'

const CONVERSATION = '669fbd2936688700080849f5'
const CALL_API_TOOL_ID = 12

interface Received {
  method: string | undefined
  url: string
  headers: IncomingHttpHeaders
  body: string
}

async function startCxPlatform(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ method: req.method, url: req.url ?? '', headers: req.headers, body })
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ updated: true, thread_category_ids: ['65fdaa3d6ff9c000071fa8ad'] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port, received }
}

const routingInstructions = (apiCode: string) => `Categorize the conversations based on the provided categories.
If the conversation does not match any of the topics below, assign the category_id "65fdaa3d6ff9c000071fa8ab".
When the category has been determined, call the "call_api" function:
- api_code: ${apiCode}
- path: /some-path/categories?thread_category_ids[]={new_category_id}
- method: PUT

Categories:
- Change subscription: 65fdaa3d6ff9c000071fa8ac
- Billing and invoices: 65fdaa3d6ff9c000071fa8ad
- Delivery status: 65fdaa3d6ff9c000071fa8ae`

const status = (page: Page) => page.getByRole('status', { name: 'Run status' })

test('a routing assistant calls the CX platform through call_api; the timeline shows the call, never the secret', async ({
  page,
  api,
}) => {
  const cx = await startCxPlatform()
  api.onCleanup(() => new Promise((resolve) => cx.server.close(resolve)))
  const cxApi = await api.createApi({ url: `http://127.0.0.1:${cx.port}`, headers: '{"X-Api-Key": "e2e-secret"}' })
  const assistant = await api.createAssistant({
    name: 'E2E router',
    tools: [CALL_API_TOOL_ID],
    include_conversation_transcript: true,
    instructions: routingInstructions(cxApi.code),
  })

  await page.goto(`/playground?assistant=${assistant.code}`)
  await expect(page.getByRole('button', { name: /Assistant/ })).toContainText('E2E router')
  await page.getByRole('textbox', { name: /Conversation/ }).fill(CONVERSATION)
  await page.getByRole('button', { name: /^Run/ }).click()
  await expect(status(page)).toHaveText('Succeeded')

  // What the CX platform received.
  expect(cx.received).toHaveLength(1)
  const request = cx.received[0]
  expect(request?.method).toBe('PUT')
  const url = new URL(request?.url ?? '', 'http://cx.test')
  expect(url.pathname).toBe('/some-path/categories')
  expect(url.searchParams.getAll('thread_category_ids[]')).toEqual([
    expect.stringMatching(/^65fdaa3d6ff9c000071fa8a[b-e]$/),
  ])
  expect(request?.headers['x-api-key']).toBe('e2e-secret')

  // What the timeline shows: the call with its arguments, and the platform's answer.
  const events = page.getByRole('list', { name: 'Run events' })
  await expect(events).toContainText('Tool call: call_api')
  await expect(page.getByLabel('Arguments of call_api')).toContainText(`"api_code": "${cxApi.code}"`)
  await expect(page.getByLabel('Arguments of call_api')).toContainText('"method": "PUT"')
  await expect(page.getByLabel('Arguments of call_api')).toContainText('/some-path/categories?thread_category_ids[]=')
  await expect(events).toContainText('Tool result: call_api')
  await expect(page.getByLabel('Result of call_api')).toContainText('"updated": true')
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('the category has been updated successfully')

  // The API's credential is nowhere on the page, the prompt included.
  await page.getByRole('button', { name: /^Prompt/ }).click()
  await expect(page.getByRole('region', { name: 'Prompt block instructions' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText('e2e-secret')
  expect(await page.content()).not.toContain('e2e-secret')
})

test('the seeded demo routing assistant works from the playground with the demo conversation', async ({ page }) => {
  await page.goto('/playground?assistant=demo-routing-assistant')
  await page.getByRole('textbox', { name: /Conversation/ }).fill(CONVERSATION)
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(status(page)).toHaveText('Succeeded')
  await expect(page.getByLabel('Arguments of call_api')).toContainText('"api_code": "demo-cx-platform"')
  await expect(page.getByLabel('Result of call_api')).toContainText('"status": 200')
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('has been categorized under')
})

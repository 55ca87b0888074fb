/**
 * The playground under faults: a stream cut mid-way, a stream that ends early,
 * a server that goes silent or never answers, HTTP errors (DRF-shaped or an
 * HTML page), the browser offline, a 401. In each case the request the user
 * built stays in the form, what arrived stays on screen, the run ends in a
 * state that says what happened, and Run works again without a reload, sending
 * the same request.
 *
 * Faults come from the real mock (`_mock.drop_after`, a slow `_mock.delay_ms`,
 * an invalid `_mock` value) or from `page.route` on the evaluate request. The
 * hang is made short through the playground's own "Stop waiting after" field,
 * a user setting, not a test hook.
 */
import type { Page, Request, Route } from '@playwright/test'
import { fillEditor } from './support/editor'
import { expect, test } from './support/test'

const CONVERSATION = '667d72034007c600072f766a'
const EVALUATE = '**/api/v2/assistants/*/evaluate**'

const output = (page: Page) => page.getByRole('log', { name: 'Output' })
const status = (page: Page) => page.getByRole('status', { name: 'Run status' })
const failure = (page: Page) => page.getByRole('alert').filter({ hasText: 'Run failed' })
const events = (page: Page) => page.getByRole('list', { name: 'Run events' })
const runButton = (page: Page) => page.getByRole('button', { name: /^Run/ })

interface Sent {
  url: string
  body: unknown
}

/** Opens the playground and builds a whole request: assistant, conversation, one transcript turn, input JSON. */
async function buildRequest(page: Page, code: string, input: string) {
  await page.goto(`/playground?assistant=${code}`)
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Conversation/ }).fill(CONVERSATION)
  await page.getByRole('button', { name: 'Add turn' }).click()
  await page.getByRole('textbox', { name: 'Text of turn 1' }).fill('My parcel never arrived.')
  await fillEditor(page, 'Input (JSON)', input)
  await expect(page.getByRole('alert').filter({ hasText: /Must be a JSON object|Not valid JSON/ })).toHaveCount(0)
}

/** Records each evaluate request the page sends (routed ones too). */
function recordEvaluate(page: Page): Sent[] {
  const sent: Sent[] = []
  page.on('request', (req: Request) => {
    if (req.method() === 'POST' && /\/evaluate(\?|$)/.test(req.url()))
      sent.push({ url: req.url(), body: req.postDataJSON() })
  })
  return sent
}

/** The form still holds what the user built. */
async function expectRequestKept(page: Page, code: string) {
  await expect(page.getByRole('button', { name: /^Assistant/ })).toContainText(code)
  await expect(page.getByRole('textbox', { name: /^Conversation/ })).toHaveValue(CONVERSATION)
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveValue('My parcel never arrived.')
}

/** Without the fault, Run succeeds at once, and sends exactly the request of the failed run. */
async function expectRunsAgain(page: Page, sent: Sent[]) {
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  const before = sent.length
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await expect(failure(page)).toHaveCount(0)
  await expect(output(page)).toHaveText(/\S/)
  expect(sent).toHaveLength(before + 1)
  expect(sent.at(-1)).toEqual(sent[0])
  expect(new URL(sent[0]?.url ?? '').searchParams.get('conversation_id')).toBe(CONVERSATION)
  expect(sent[0]?.body).toMatchObject({ transcript: [{ text: 'My parcel never arrived.' }] })
}

/** An input whose `_mock` the route-injected faults never reach the mock with; the real run after them is plain. */
const PLAIN = '{"media_type": "chat", "_mock": {"delay_ms": 0}}'

const sse = (events: [string, unknown][]) =>
  events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('')

test('a connection cut mid-stream: the chunks so far stay, the run says it was cut', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  // The mock destroys the socket after three deltas, 150 ms apart. (A cut errors the browser's body stream, which
  // discards chunks not read yet: spaced out, they are read before it.)
  await buildRequest(page, a.code, '{"media_type": "chat", "_mock": {"drop_after": 3, "delay_ms": 150}}')
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed · Connection lost:')
  // The exact count is the runner's unit test; over a real socket the last chunk may race the cut.
  await expect(failure(page)).toContainText(/The connection was lost after [1-3] chunks?: the output is incomplete\./)
  await expect(failure(page)).toContainText('The output that arrived before the failure is kept below.')
  await expect(output(page)).toHaveText(/\S/)
  await expect(events(page)).toContainText('First token')
  await expect(page.getByRole('row', { name: /Failed/ })).toBeVisible()
  await expectRequestKept(page, a.code)

  // Run again: the same request (drop_after still in it) is sent, and fails the same way, cleanly.
  await runButton(page).click()
  await expect(page.getByRole('row', { name: /Failed/ })).toHaveCount(2)
  await expect(failure(page)).toContainText('The connection was lost after')
  await expect(output(page)).toHaveText(/\S/)
  expect(sent).toHaveLength(2)
  expect(sent[1]).toEqual(sent[0])

  // Without the drop, the same form runs to the end.
  await fillEditor(page, 'Input (JSON)', PLAIN)
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await expect(failure(page)).toHaveCount(0)
  expect(sent.at(-1)?.body).toMatchObject({ transcript: [{ text: 'My parcel never arrived.' }] })
})

test('a stream that ends without done: what arrived stays, marked incomplete', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  await buildRequest(page, a.code, PLAIN)
  await page.route(EVALUATE, (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/event-stream',
      body: sse([
        [
          'start',
          { run_id: 'run_cut', assistant: a.code, conversation_id: CONVERSATION, created_at: '2024-01-01T00:00:00Z' },
        ],
        ['delta', { text: 'Half an ' }],
        ['delta', { text: 'answer' }],
      ]),
    }),
  )
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed · Stream cut short:')
  await expect(failure(page)).toContainText(
    'The stream ended after 2 chunks, with no done or error event: the output is incomplete.',
  )
  await expect(output(page)).toHaveText('Half an answer')
  await expectRequestKept(page, a.code)
  await expectRunsAgain(page, sent)
})

test('a server that goes silent is given up on after the inactivity timeout; Stop works meanwhile', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  // The mock opens the stream at once, then waits 10 s before each chunk.
  await buildRequest(page, a.code, '{"media_type": "chat", "_mock": {"delay_ms": 10000}}')

  // With the default 30 s, the user stops it.
  await expect(page.getByRole('spinbutton', { name: 'Stop waiting after' })).toHaveValue('30')
  await runButton(page).click()
  await expect(events(page)).toContainText('Stream opened')
  await page.getByRole('button', { name: /^Stop/ }).click()
  await expect(status(page)).toHaveText('Cancelled')

  // With 1 s, the playground stops waiting by itself.
  await page.getByRole('spinbutton', { name: 'Stop waiting after' }).fill('1')
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed · Timed out:')
  await expect(failure(page)).toContainText('No data for 1 s after the stream opened: stopped waiting')
  await expect(failure(page)).toContainText('“Stop waiting after”')
  await expect(events(page)).toContainText('Timed out')
  await expectRequestKept(page, a.code)
  expect(sent).toHaveLength(2)
  expect(sent[1]).toEqual(sent[0])

  // The setting is the user's: it survives a reload.
  await page.reload()
  await expect(page.getByRole('spinbutton', { name: 'Stop waiting after' })).toHaveValue('1')
})

test('a server that never answers: no answer in time, then Run works again', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  await buildRequest(page, a.code, PLAIN)
  await page.getByRole('spinbutton', { name: 'Stop waiting after' }).fill('1')
  await page.route(EVALUATE, () => {
    // Never fulfilled: the request hangs until the page gives up on it.
  })
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('No answer from the server for 1 s: stopped waiting.')
  await expect(output(page)).toContainText('No output.')
  await expectRequestKept(page, a.code)
  await expectRunsAgain(page, sent)
})

test('a connection refused before any answer says the server could not be reached', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  await buildRequest(page, a.code, PLAIN)
  await page.route(EVALUATE, (route) => route.abort('connectionrefused'))
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed · Unreachable:')
  await expect(failure(page)).toContainText('Could not reach the server')
  await expectRequestKept(page, a.code)
  await expectRunsAgain(page, sent)
})

test('HTTP errors: a 500, a real 422 from the mock, and a proxy’s HTML 502', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  await buildRequest(page, a.code, PLAIN)

  await page.route(EVALUATE, (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ detail: 'Internal error' }) }),
  )
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed: HTTP 500')
  await expect(failure(page)).toContainText('HTTP 500: Internal error')
  await expect(failure(page)).toContainText('Your request is unchanged. Run again when ready.')
  await expectRequestKept(page, a.code)

  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await page.route(EVALUATE, (route) =>
    route.fulfill({
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      body: '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>',
    }),
  )
  await runButton(page).click()
  await expect(failure(page)).toContainText('Run failed: HTTP 502')
  await expect(failure(page)).toContainText('The server answered an HTML page: “502 Bad Gateway”.')
  await expect(output(page).getByRole('heading')).toHaveCount(0)
  await expectRequestKept(page, a.code)
  await expectRunsAgain(page, sent)

  // A 4xx the mock really answers: an out-of-range _mock value.
  await fillEditor(page, 'Input (JSON)', '{"media_type": "chat", "_mock": {"chunks": 0}}')
  await runButton(page).click()
  await expect(failure(page)).toContainText('Run failed: HTTP 422')
  await expect(failure(page)).toContainText('input._mock.chunks: Ensure this value is greater than or equal to 1.')
  await expect(failure(page)).toContainText('Correct it, then Run again.')
})

test('offline: the request is not sent, the form is kept, and it runs once back online', async ({
  page,
  api,
  context,
}) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  await buildRequest(page, a.code, PLAIN)
  await context.setOffline(true)
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('Run failed · Offline:')
  await expect(failure(page)).toContainText('The browser is offline: the request was not sent.')
  await expect(failure(page)).toContainText('Reconnect, then Run again.')
  await expectRequestKept(page, a.code)
  await context.setOffline(false)
  await expectRunsAgain(page, sent)
})

test('a 401 once is retried with a fresh token; a 401 that persists says so', async ({ page, api }) => {
  const a = await api.createAssistant()
  const sent = recordEvaluate(page)
  const tokens = { count: 0 }
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/oauth/token/')) tokens.count += 1
  })
  await buildRequest(page, a.code, PLAIN)
  const unauthorized = (route: Route) =>
    route.fulfill({
      status: 401,
      headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' },
      body: JSON.stringify({ detail: 'Invalid or expired token.' }),
    })

  const before = tokens.count
  await page.route(EVALUATE, unauthorized, { times: 1 })
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await expect(failure(page)).toHaveCount(0)
  expect(sent).toHaveLength(2)
  expect(sent[1]).toEqual(sent[0])
  expect(tokens.count).toBe(before + 1)

  await page.route(EVALUATE, unauthorized)
  await runButton(page).click()
  await expect(status(page)).toHaveText('Failed')
  await expect(failure(page)).toContainText('HTTP 401: Invalid or expired token.')
  await expect(failure(page)).toContainText('Check the connection’s credentials and scopes in Settings')
  await expectRequestKept(page, a.code)
  await expectRunsAgain(page, sent)
})

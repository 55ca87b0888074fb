/**
 * Seed 001's walkthrough against the mock, with the real curl binary: every
 * curl example in the guide's order, verbatim except the host and the
 * placeholders, then the Python example's request via fetch.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSchema } from '../../src/contract/api'
import { assistantListSchema, assistantSchema } from '../../src/contract/assistant'
import { evaluateResponseSchema } from '../../src/contract/evaluate'
import { tokenResponseSchema } from '../../src/contract/oauth'
import { toolListSchema } from '../../src/contract/tool'
import { startMockServer, type RunningMockServer } from './app'
import { expectServerConformant } from './test-helpers'

const run = promisify(execFile)
// The guide lives in ../shared beside the repository (as on CI).
const SEED = fileURLToPath(new URL('../../../shared/seeds/001_279a163da30dc58f.txt', import.meta.url))
const CONVERSATION = '667d72034007c600072f766a'

/** The guide's curl examples, copied verbatim, in order. */
const GUIDE_CURLS = [
  String.raw`curl -X POST https://<account>.deepdesk.com/oauth/token/ \
-H "Content-Type: application/x-www-form-urlencoded" \
-d "grant_type=client_credentials" \
-d "client_id=your-client-id" \
-d "client_secret=your-client-secret" \
-d "scope=assistants:read"`,
  String.raw`curl -X POST "https://<account>.deepdesk.com/api/v2/assistants/<assistant-code>/evaluate?conversation_id=<id>" \
-H "Authorization: Bearer <your-access-token>" \
-H "Content-Type: application/json" \
-d '{"input": {"foo": "bar"}}'`,
  String.raw`curl -X POST "https://<account>.deepdesk.com/apis/admin/assistants/" \
-H "Content-Type: application/json" \
-H "Authorization: Bearer <token>" \
-d '{
"code": "my-assistant",
"name": "My Assistant",
"instructions": "You are a helpful assistant that summarizes a conversation",
"model": "gpt-4o",
"response_format_json": true,
"temperature": 0.0,
"top_p": 1.0,
"tools": [],
"include_conversation_transcript": true,
"include_conversation_metadata": true
}'`,
  String.raw`curl -X GET "https://<account>.deepdesk.com/apis/admin/assistants/" \
-H "accept: application/json" \
-H "Authorization: Bearer <token>"`,
  String.raw`curl -X PATCH "https://<account>.deepdesk.com/apis/admin/assistants/my-assistant/" \
-H "Content-Type: application/json" \
-H "Authorization: Bearer <token>" \
-d '{"include_conversation_metadata": false}'`,
  String.raw`curl -X POST "https://<account>.deepdesk.com/api/v2/assistants/my-assistant/evaluate?conversation_id=<id>" \
-H "Authorization: Bearer <your-access-token>" \
-H "Content-Type: application/json" \
-d '{"input": {"media_type": "chat"}}'`,
  String.raw`curl -X 'POST' \
'https://<account>.deepdesk.com/apis/admin/assistants/apis/' \
-H 'accept: application/json' \
-H 'Authorization: Bearer <your-access-token>' \
-H 'Content-Type: application/json' \
-d '{
"code": "mock-cx-platform",
"url": "https://mock-cx-platform.free.beeceptor.com",
"headers": "{\"some-header\": \"some-value\"}"
}'`,
  String.raw`curl -X 'GET' \
'https://<account>.deepdesk.com/apis/admin/assistants/tools/' \
-H 'accept: application/json' \
-H 'Authorization: Bearer <your-access-token>'`,
  String.raw`curl -X 'POST' \
'https://<account>.deepdesk.com/api/v2/assistants/routing-assistant/evaluate?conversation_id=669fbd2936688700080849f5' \
-H 'accept: application/json' \
-H 'Authorization: Bearer <your-access-token>' \
-H 'Content-Type: application/json' \
-d '{"input": {}}'`,
]

/** Step 3 of the routing use case is prose: its instructions, plus the category list they refer to ("the topics below"). */
const GUIDE_ROUTING_INSTRUCTIONS = `Categorize the conversations based on the provided categories.
If the conversation does not match any of the topics below, assign the category_id "65fdaa3d6ff9c000071fa8ab".
When the category has been determined, call the "call_api" function:
- api_code: mock-cx-platform
- path: /some-path/categories?thread_category_ids[]={new_category_id}
- method: PUT

- Change subscription: 65fdaa3d6ff9c000071fa8ac
- Billing and invoices: 65fdaa3d6ff9c000071fa8ad
- Technical issue: 65fdaa3d6ff9c000071fa8af`

function extractCurls(text: string): string[] {
  const lines = text.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i]?.startsWith('curl ')) continue
    const block = [lines[i] ?? '']
    const complete = () => block.join('\n').split("'").length % 2 === 1 && !block.join('\n').endsWith('\\')
    while (!complete() && i + 1 < lines.length) block.push(lines[(i += 1)] ?? '')
    out.push(block.join('\n'))
  }
  return out
}

let server: RunningMockServer
let readToken = ''
let adminToken = ''

/** Runs one guide command through bash and curl; only `-s -w` is appended, to observe the status. */
async function curl(command: string, token = adminToken): Promise<{ status: number; body: unknown }> {
  const concrete = command
    .replaceAll('https://<account>.deepdesk.com', server.url)
    .replaceAll('your-client-id', 'demo-client')
    .replaceAll('your-client-secret', 'demo-secret')
    .replaceAll('<assistant-code>', 'demo-conversation-summarizer')
    .replaceAll('<id>', CONVERSATION)
    .replaceAll('<your-access-token>', token)
    .replaceAll('<token>', token)
  const noProxy = { http_proxy: '', https_proxy: '', HTTP_PROXY: '', HTTPS_PROXY: '', ALL_PROXY: '', NO_PROXY: '*' }
  const { stdout } = await run('bash', ['-c', `${concrete} -s -w '\\n%{http_code}'`], {
    env: { ...process.env, ...noProxy },
  })
  const cut = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(cut + 1)), body: JSON.parse(stdout.slice(0, cut)) as unknown }
}

const step = (i: number) => GUIDE_CURLS[i] ?? ''

beforeAll(async () => {
  server = await startMockServer({ streamDelayMs: 0, validateResponses: true })
})
afterAll(async () => {
  await expectServerConformant(server.url)
  await server.close()
})

describe('the guide, step by step, with curl', () => {
  it.skipIf(!existsSync(SEED))("the commands here are the guide's, verbatim", () => {
    expect(extractCurls(readFileSync(SEED, 'utf8'))).toEqual(GUIDE_CURLS)
  })

  it('walks the whole guide', async () => {
    // Authentication: the example verbatim (read), and the same with read + write for the admin steps.
    const read = await curl(step(0))
    expect(read.status).toBe(200)
    expect(tokenResponseSchema.parse(read.body)).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'assistants:read',
    })
    readToken = tokenResponseSchema.parse(read.body).access_token
    const admin = await curl(step(0).replace('scope=assistants:read', 'scope=assistants:read assistants:write'))
    expect(admin.body).toMatchObject({ scope: 'assistants:read assistants:write' })
    adminToken = tokenResponseSchema.parse(admin.body).access_token

    const firstEvaluate = await curl(step(1), readToken)
    expect(firstEvaluate.status).toBe(200)
    expect(evaluateResponseSchema.parse(firstEvaluate.body).output).toContain('turns')

    const created = await curl(step(2))
    expect(created.status).toBe(201)
    expect(assistantSchema.parse(created.body)).toMatchObject({
      code: 'my-assistant',
      temperature: '0.00',
      top_p: '1.00',
      include_conversation_metadata: true,
    })

    const list = await curl(step(3))
    expect(list.status).toBe(200)
    expect(assistantListSchema.parse(list.body).map((a) => a.code)).toContain('my-assistant')

    const patched = await curl(step(4))
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ include_conversation_metadata: false, response_format_json: true })

    const evaluated = await curl(step(5), readToken)
    expect(evaluated.status).toBe(200)
    const summary = JSON.parse(evaluateResponseSchema.parse(evaluated.body).output) as Record<string, unknown>
    expect(summary).toMatchObject({ turns: 5, customer_turns: 3 })

    const api = await curl(step(6))
    expect(api.status).toBe(201)
    expect(apiSchema.parse(api.body)).toMatchObject({
      code: 'mock-cx-platform',
      headers: '{"some-header": "some-value"}',
    })

    const tools = await curl(step(7))
    expect(tools.status).toBe(200)
    const callApi = toolListSchema.parse(tools.body).find((t) => t.data.name === 'call_api')
    expect(callApi?.id).toBe(12)

    const routing = await fetch(`${server.url}/apis/admin/assistants/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        code: 'routing-assistant',
        name: 'Routing assistant',
        instructions: GUIDE_ROUTING_INSTRUCTIONS,
        tools: [callApi?.id],
        include_conversation_transcript: true,
      }),
    })
    expect(routing.status).toBe(201)

    // The API points at the guide's beeceptor host: the mock's own CX platform answers it, with no network call.
    await fetch(`${server.url}/mock/cx-platform-requests/`, { method: 'DELETE' })
    const routed = await curl(step(8), readToken)
    expect(routed.status).toBe(200)
    expect(evaluateResponseSchema.parse(routed.body).output).toBe(
      'The conversation has been categorized under "Change subscription" and the category has been updated successfully. How else can I assist you today?',
    )
    // "You can verify the outgoing API call in your mock service": the platform's log has it.
    const received = (await (await fetch(`${server.url}/mock/cx-platform-requests/`)).json()) as unknown[]
    expect(received).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/some-path/categories',
        query: { 'thread_category_ids[]': ['65fdaa3d6ff9c000071fa8ac'] },
        headers: { 'some-header': 'some-value' },
      }),
    ])
  })

  it("the Python example's requests", async () => {
    const auth = await fetch(`${server.url}/oauth/token/`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-client',
        client_secret: 'demo-secret',
        scope: 'assistants:read',
      }),
    })
    expect(auth.status).toBe(200)
    const accessToken = tokenResponseSchema.parse(await auth.json()).access_token
    const response = await fetch(`${server.url}/api/v2/assistants/my-assistant/evaluate`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${accessToken}`,
      },
      body: JSON.stringify({ input: { text: 'Hello world!' } }),
    })
    expect(response.status).toBe(200)
    const output = JSON.parse(evaluateResponseSchema.parse(await response.json()).output) as Record<string, unknown>
    expect(output).toMatchObject({ turns: 1, customer_request: 'Hello world!' })
  })
})

/** Property: whatever a client sends to a write endpoint, the mock answers below 500. */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeTestApi, type TestApi } from './test-helpers'

let t: TestApi
let threadPath: string
beforeAll(async () => {
  t = await makeTestApi()
  const thread = await t.call('POST', '/apis/admin/assistants/demo-reply-suggester/threads/', { json: {} })
  threadPath = `/apis/admin/assistants/demo-reply-suggester/threads/${(thread.body as { id: number }).id}/`
})

const endpoints: Array<[string, () => string]> = [
  ['POST', () => '/apis/admin/assistants/'],
  ['PUT', () => '/apis/admin/assistants/demo-reply-suggester/'],
  ['PATCH', () => '/apis/admin/assistants/demo-reply-suggester/'],
  ['POST', () => '/apis/admin/assistants/apis/'],
  ['PUT', () => '/apis/admin/assistants/apis/demo-crm/'],
  ['PATCH', () => '/apis/admin/assistants/apis/demo-crm/'],
  ['POST', () => '/apis/admin/assistants/demo-reply-suggester/routes/'],
  ['PUT', () => '/apis/admin/assistants/demo-routing-assistant/routes/1/'],
  ['PATCH', () => '/apis/admin/assistants/demo-routing-assistant/routes/1/'],
  ['POST', () => '/apis/admin/assistants/demo-reply-suggester/threads/'],
  ['PUT', () => threadPath],
  ['PATCH', () => threadPath],
  ['POST', () => `${threadPath}messages/`],
  ['POST', () => '/api/v2/assistants/demo-conversation-summarizer/evaluate'],
  ['POST', () => '/oauth/token/'],
]

// Objects shaped like the real bodies, with random values, reach deeper than random JSON alone.
const fieldNames = [
  'code',
  'name',
  'instructions',
  'model',
  'temperature',
  'top_p',
  'tools',
  'url',
  'headers',
  'tags',
  'content',
  'user_id',
  'role',
  'input',
  'transcript',
  'tool_call',
  'id',
  '__proto__',
  'constructor',
]
const shaped = fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue(), { maxKeys: 6 })
const body = fc.oneof(
  fc.json().map((text) => ({ text, type: 'application/json' })),
  shaped.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  fc.string().map((text) => ({ text, type: 'application/json' })),
  fc
    .tuple(
      fc.string(),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/xml'),
    )
    .map(([text, type]) => ({ text, type })),
)

describe('never a 5xx', () => {
  it.each(endpoints)('%s %s', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async ({ text, type }, streamed) => {
        const headers: Record<string, string> = {}
        if (type) headers['Content-Type'] = type
        if (streamed) headers.Accept = 'text/event-stream'
        const res = await t.call(method, path(), { body: text, headers })
        expect(res.status).toBeLessThan(500)
        // The app's last-resort handler also answers 4xx; reaching it would mean an unhandled bug.
        expect(res.text).not.toContain('The request could not be processed')
      }),
      { numRuns: 120 },
    )
  })

  it('responses stayed within the contract', async () => {
    await t.expectConformant()
  })
})

/**
 * The CLI end to end, in-process: the demo suite against the embedded mock and
 * against a mock served over HTTP (as `npm run mock` serves it), a routing
 * regression that must fail with a JUnit failure naming the case, and the
 * exit-2 paths (bad credentials, unreachable server, broken file, usage).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SuiteRun } from '@/lib/qa/results'
import { startMockServer, type RunningMockServer } from '../server/mock/app'
import { ROUTING_INSTRUCTIONS } from '../server/mock/seed/assistants'
import { fetchDemoToken } from '../server/mock/test-helpers'
import { main, type CliEnvironment } from './main'

const DEMO = 'suites/demo.json'
const ROUTING_CASE = 'Routing: a subscription change is categorized and sent to the CX platform'

interface Captured {
  io: CliEnvironment
  out: () => string
  err: () => string
}

function capture(env: Record<string, string | undefined> = {}): Captured {
  let out = ''
  let err = ''
  return {
    io: {
      stdout: { write: (t) => void (out += t), isTTY: false },
      stderr: { write: (t) => void (err += t) },
      env,
      mockOptions: { streamDelayMs: 0 },
    },
    out: () => out,
    err: () => err,
  }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'suite-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('against the embedded mock', () => {
  it('suites/demo.json passes: exit 0, a line per case, the summary, JUnit and JSON written', async () => {
    const c = capture()
    const junit = join(dir, 'embedded', 'junit.xml')
    const json = join(dir, 'embedded', 'runs.json')
    const code = await main([DEMO, '--junit', junit, '--json', json], c.io)
    expect(c.err()).toBe('')
    expect(code).toBe(0)
    expect(c.out()).toMatch(/^Running 1 suite \(11 cases\) against embedded mock on http:\/\/127\.0\.0\.1:\d+/)
    expect(c.out()).toContain(`PASS  ${ROUTING_CASE}`)
    expect(c.out()).toMatch(/11 cases: 11 passed, 0 failed, 0 flaky, 0 errors/)
    expect(c.out()).not.toMatch(/FAIL|ERROR/)
    const xml = await readFile(junit, 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toMatch(/<testsuites name="QA suites" tests="11" failures="0" errors="0" skipped="0"/)
    const runs = JSON.parse(await readFile(json, 'utf8')) as SuiteRun[]
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ suiteId: 'demo', status: 'finished', connectionKey: 'embedded-mock' })
    expect(runs[0]?.attempts).toHaveLength(11)
    // Every assertion got a verdict: none was left "not checkable" on the streaming mock.
    expect(runs[0]?.attempts.flatMap((a) => a.assertions).filter((r) => r.verdict !== 'pass')).toEqual([])
  }, 60_000)

  it('--repeat runs each case N times and the JUnit names the repetition', async () => {
    const c = capture()
    const junit = join(dir, 'repeat.xml')
    expect(await main(['suites/routing.json', '--repeat', '2', '--concurrency', '4', '--junit', junit], c.io)).toBe(0)
    expect(c.out()).toContain('2/2 passed')
    const xml = await readFile(junit, 'utf8')
    expect(xml).toContain('name="Charged twice for July [run 2/2]"')
    expect(xml).toMatch(/tests="12" failures="0"/)
  }, 60_000)
})

describe('assertions without a verdict', () => {
  it('a judge the server does not have passes nothing: the case passes on its other checks, the gap is listed', async () => {
    const file = join(dir, 'no-grader.json')
    await writeFile(
      file,
      JSON.stringify({
        format: 'assistants-console/suite',
        version: 1,
        id: 'no-grader',
        name: 'No grader',
        cases: [
          {
            id: 'c',
            name: 'Classifier with a missing judge',
            assistant: 'demo-sentiment-classifier',
            input: { text: 'Great service, thanks!' },
            assertions: [
              { type: 'json_path', path: '$.sentiment', equals: 'positive' },
              { type: 'judge', assistant: 'no-such-grader', rubric: 'Says "positive".' },
            ],
          },
        ],
      }),
    )
    const c = capture()
    expect(await main([file], c.io)).toBe(0)
    expect(c.out()).toContain('PASS  Classifier with a missing judge')
    expect(c.out()).toContain('(1 assertion not checked)')
    expect(c.out()).toMatch(
      /Not checked here .*\n {2}Classifier with a missing judge: no-such-grader .* - the judge no-such-grader gave no verdict/,
    )
  }, 60_000)
})

describe('stopped (Ctrl+C)', () => {
  it('cancels what is in flight, still writes the JUnit (the rest skipped) and exits 130', async () => {
    const controller = new AbortController()
    const c = capture()
    const io: CliEnvironment = {
      ...c.io,
      signal: controller.signal,
      // Stop as soon as the first attempt is reported.
      stdout: { write: (t) => (t.startsWith('PASS') ? controller.abort() : undefined), isTTY: false },
    }
    const junit = join(dir, 'stopped.xml')
    expect(await main([DEMO, '--junit', junit], io)).toBe(130)
    expect(c.err()).toContain('Stopped: runs in flight were cancelled.')
    const xml = await readFile(junit, 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const skipped = Number(/<testsuite [^>]*skipped="(\d+)"/.exec(xml)?.[1])
    expect(skipped).toBeGreaterThanOrEqual(8)
    expect(xml).toMatch(/tests="11"/)
  }, 60_000)
})

describe('against a mock served over HTTP (--base-url)', () => {
  let server: RunningMockServer
  beforeAll(async () => {
    server = await startMockServer({ port: 0, streamDelayMs: 0 })
  })
  afterAll(async () => {
    await server.close()
  })

  it('with client credentials: exit 0', async () => {
    const c = capture()
    const args = [DEMO, '--base-url', server.url, '--client-id', 'demo-client', '--client-secret', 'demo-secret']
    expect(await main(args, c.io)).toBe(0)
    expect(c.out()).toContain(`against ${server.url} as client demo-client`)
    expect(c.out()).toContain('11 cases: 11 passed')
  }, 60_000)

  it('with a bearer token from the environment: exit 0', async () => {
    const c = capture({ DEEPDESK_TOKEN: await fetchDemoToken(server.url) })
    expect(await main(['suites/routing.json', '--base-url', server.url], c.io)).toBe(0)
    expect(c.out()).toContain('as a bearer token')
  }, 60_000)

  it('wrong secret: exit 2 with a clear message, no case run', async () => {
    const c = capture()
    const args = [DEMO, '--base-url', server.url, '--client-id', 'demo-client', '--client-secret', 'wrong']
    expect(await main(args, c.io)).toBe(2)
    expect(c.err()).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+ refused the credentials \(401\): Sign-in failed/)
    expect(c.out()).toBe('')
  })

  it('a refused token: exit 2', async () => {
    const c = capture()
    expect(await main([DEMO, '--base-url', server.url, '--token', 'not-a-token'], c.io)).toBe(2)
    expect(c.err()).toContain('refused the credentials (401)')
  })

  it('the routing assistant no longer told to call call_api: exit 1, the JUnit failure names the case', async () => {
    const token = await fetchDemoToken(server.url)
    // Without the "- api_code: / - path: / - method:" lines the scripted model only names the category.
    const instructions = ROUTING_INSTRUCTIONS.replace(
      /When the category has been determined[\s\S]*?- method: PUT\n/,
      '',
    )
    expect(instructions).not.toContain('api_code')
    const patched = await fetch(`${server.url}/apis/admin/assistants/demo-routing-assistant/`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ instructions }),
    })
    expect(patched.status).toBe(200)
    try {
      const c = capture()
      const junit = join(dir, 'regression.xml')
      const args = [DEMO, '--base-url', server.url, '--token', token, '--junit', junit]
      expect(await main(args, c.io)).toBe(1)
      expect(c.out()).toContain(`FAIL  ${ROUTING_CASE}`)
      expect(c.out()).toMatch(/11 cases: 8 passed, 3 failed/)
      const xml = await readFile(junit, 'utf8')
      expect(XMLValidator.validate(xml)).toBe(true)
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
        testsuites: { testsuite: { testcase: Array<{ name: string; failure?: { message: string } }> } }
      }
      const failed = doc.testsuites.testsuite.testcase.filter((t) => t.failure)
      expect(failed.map((t) => t.name)).toContain(ROUTING_CASE)
      const routing = failed.find((t) => t.name === ROUTING_CASE)
      expect(routing?.failure?.message).toContain(
        "call_api PUT on the conversation's categories with the Change subscription id",
      )
    } finally {
      await fetch(`${server.url}/apis/admin/assistants/demo-routing-assistant/`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ instructions: ROUTING_INSTRUCTIONS }),
      })
    }
  }, 60_000)
})

describe('exit 2 before anything runs', () => {
  it('an unreachable server', async () => {
    const c = capture()
    expect(await main([DEMO, '--base-url', 'http://127.0.0.1:9', '--token', 't'], c.io)).toBe(2)
    expect(c.err()).toMatch(/^error: Cannot reach http:\/\/127\.0\.0\.1:9: Could not reach the server/)
  })

  it('a suite file with errors: every error, per case', async () => {
    const broken = join(dir, 'broken.json')
    await writeFile(
      broken,
      JSON.stringify({
        format: 'assistants-console/suite',
        version: 1,
        id: 'b',
        name: 'Broken',
        cases: [
          { id: 'one', name: 'First', assistant: 'x', assertions: [{ type: 'contains' }] },
          { id: 'two', name: 'Second', assistant: '', assertions: [] },
        ],
      }),
    )
    const c = capture()
    expect(await main([DEMO, broken, join(dir, 'missing.json')], c.io)).toBe(2)
    const err = c.err()
    expect(err).toContain(`${broken}: not a valid suite file`)
    expect(err).toMatch(/case 1 "First".*value/)
    expect(err).toMatch(/case 2 "Second".*assistant/)
    expect(err).toContain('missing.json: no such file.')
    expect(c.out()).toBe('')
  })

  it('usage errors print the message and the usage; --help exits 0', async () => {
    const c = capture()
    expect(await main([DEMO, '--repeat', 'many'], c.io)).toBe(2)
    expect(c.err()).toMatch(
      /^error: --repeat must be a whole number from 1 to 100, got "many"\.\n\nUsage: npm run suite/,
    )
    const h = capture()
    expect(await main(['--help'], h.io)).toBe(0)
    expect(h.out()).toContain('--junit FILE')
  })
})

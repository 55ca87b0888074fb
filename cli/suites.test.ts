import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseSuiteFile } from '@/lib/qa/suite-file'
import { SEED_ASSISTANTS } from '../server/mock/seed/assistants'

describe('the example suites in suites/', () => {
  it("every file parses with the console's own reader, ids unique across files", async () => {
    const files = (await readdir('suites')).filter((f) => f.endsWith('.json'))
    expect(files).toEqual(expect.arrayContaining(['demo.json', 'routing.json']))
    const ids = new Set<string>()
    for (const file of files) {
      const parsed = parseSuiteFile(await readFile(`suites/${file}`, 'utf8'))
      expect(parsed.ok ? [] : parsed.errors, file).toEqual([])
      if (parsed.ok) {
        expect(ids.has(parsed.suite.id), `${file}: suite id ${parsed.suite.id} is used twice`).toBe(false)
        ids.add(parsed.suite.id)
      }
    }
  })

  it('demo.json covers every seeded assistant and the routing use case: call_api PUT on the categories path, run succeeded, a judge, JSON paths', async () => {
    const parsed = parseSuiteFile(await readFile('suites/demo.json', 'utf8'))
    if (!parsed.ok) throw new Error('demo.json does not parse')
    const assertions = parsed.suite.cases.flatMap((c) => c.assertions.map((a) => ({ assistant: c.assistant, ...a })))
    expect(assertions).toContainEqual(
      expect.objectContaining({
        assistant: 'demo-routing-assistant',
        type: 'tool_called',
        match: expect.objectContaining({
          name: 'call_api',
          api_code: 'demo-cx-platform',
          method: 'PUT',
          path: expect.stringMatching(/^\/threads\/[^/]+\/categories/),
        }),
      }),
    )
    // Every seeded assistant has at least one case.
    expect(new Set(parsed.suite.cases.map((c) => c.assistant))).toEqual(new Set(SEED_ASSISTANTS.map((a) => a.code)))
    const types = new Set(assertions.map((a) => a.type))
    for (const t of ['run_succeeded', 'judge', 'json_path', 'json_schema', 'is_json', 'contains', 'regex'])
      expect(types, t).toContain(t)
    expect(assertions.filter((a) => a.type === 'judge').map((a) => a.type === 'judge' && a.assistant)).toEqual([
      'demo-qa-grader',
      'demo-qa-grader',
    ])
  })
})

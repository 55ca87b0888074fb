import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { AssertionResult, CaseAttempt, SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import { escapeXml, toJunitXml } from './junit'

const suite: Suite = {
  format: 'assistants-console/suite',
  version: 1,
  id: 'demo',
  name: 'Demo <suite> & "friends"',
  cases: [
    {
      id: 'routing',
      name: 'Routing calls call_api',
      assistant: 'demo-routing-assistant',
      conversation_id: null,
      transcript: null,
      input: {},
      assertions: [],
    },
    {
      id: 'json',
      name: 'Classifier answers JSON',
      assistant: 'demo-sentiment-classifier',
      conversation_id: null,
      transcript: null,
      input: {},
      assertions: [],
    },
  ],
}

const verdict = (v: AssertionResult['verdict'], description: string, reason: string, index = 0): AssertionResult => ({
  index,
  verdict: v,
  description,
  reason,
})

function attempt(caseId: string, n: number, status: CaseAttempt['status'], assertions: AssertionResult[]): CaseAttempt {
  const run =
    status === 'error'
      ? fakeRun({ end: 'fail', error: 'HTTP 503: <upstream> down', totalMs: 40 })
      : fakeRun({ output: 'Category "Other" & more <b>\u0007', totalMs: 1250 })
  return { caseId, attempt: n, status, run, assertions }
}

function suiteRun(attempts: CaseAttempt[], repeat: number, status: SuiteRun['status'] = 'finished'): SuiteRun {
  return {
    id: 'r1',
    suiteId: suite.id,
    suiteName: suite.name,
    connectionKey: 'embedded-mock',
    assistantOverrides: {},
    label: 'cli',
    startedAt: Date.UTC(2026, 10, 30, 10, 0, 0),
    finishedAt: Date.UTC(2026, 10, 30, 10, 0, 3, 500),
    concurrency: 2,
    repeat,
    status,
    attempts,
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'testcase',
})

interface Testcase {
  name: string
  classname: string
  time: string
  failure?: { message: string; '#text': string }
  error?: { message: string }
  skipped?: { message: string }
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as {
    testsuites: { tests: string; failures: string; testsuite: Record<string, string> & { testcase: Testcase[] } }
  }
  return doc.testsuites
}

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0000\u001b[31m`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;[31m')
    expect(escapeXml('emoji 🎉 and tab\tnewline\n')).toBe('emoji 🎉 and tab\tnewline\n')
  })
})

describe('toJunitXml', () => {
  // As the assertion library words a failure: "expected <description>; <what was seen>".
  const failed = verdict(
    'fail',
    'call_api PUT /threads/*/categories was called',
    'expected call_api PUT /threads/*/categories was called; no call_api call was made',
  )
  const passed = verdict('pass', 'run succeeded', 'no error and every tool call succeeded', 1)

  it('one testsuite per file and one testcase per case and repetition, counted and timed', () => {
    const run = suiteRun(
      [
        attempt('routing', 0, 'failed', [failed, passed]),
        attempt('routing', 1, 'passed', [passed]),
        attempt('json', 0, 'passed', [passed]),
        attempt('json', 1, 'error', []),
      ],
      2,
    )
    const doc = parse(toJunitXml([{ file: 'suites/demo.json', suite, run }]))
    expect(doc).toMatchObject({ tests: '4', failures: '1', errors: '1' })
    const ts = doc.testsuite
    expect(ts).toMatchObject({
      name: 'Demo <suite> & "friends"',
      tests: '4',
      failures: '1',
      errors: '1',
      skipped: '0',
      time: '3.500',
      timestamp: '2026-11-30T10:00:00',
      file: 'suites/demo.json',
    })
    expect(ts.testcase.map((t) => [t.name, t.classname, t.time])).toEqual([
      ['Routing calls call_api [run 1/2]', 'Demo <suite> & "friends"', '1.250'],
      ['Routing calls call_api [run 2/2]', 'Demo <suite> & "friends"', '1.250'],
      ['Classifier answers JSON [run 1/2]', 'Demo <suite> & "friends"', '1.250'],
      ['Classifier answers JSON [run 2/2]', 'Demo <suite> & "friends"', '0.040'],
    ])
    const [first, second, , fourth] = ts.testcase
    expect(first?.failure?.message).toBe(
      'Failed: call_api PUT /threads/*/categories was called: no call_api call was made',
    )
    // The body lists every assertion and the output, escaped.
    expect(first?.failure?.['#text']).toContain('PASS run succeeded')
    expect(first?.failure?.['#text']).toContain('Category "Other" & more <b>')
    expect(second?.failure).toBeUndefined()
    expect(fourth?.error?.message).toBe('HTTP 503: <upstream> down')
  })

  it('names every failed assertion when several fail; without repeat the name is the case name', () => {
    const other = verdict('fail', 'output contains "updated"', 'it does not', 1)
    const run = suiteRun([attempt('routing', 0, 'failed', [failed, other]), attempt('json', 0, 'passed', [])], 1)
    const ts = parse(toJunitXml([{ file: 'a.json', suite, run }])).testsuite
    expect(ts.testcase[0]?.name).toBe('Routing calls call_api')
    expect(ts.testcase[0]?.failure?.message).toBe(
      '2 assertions failed: (1) call_api PUT /threads/*/categories was called: no call_api call was made (2) output contains "updated": it does not',
    )
  })

  it('a stopped run reports the cases it never reached as skipped', () => {
    const run = suiteRun([attempt('routing', 0, 'cancelled', [])], 1, 'stopped')
    const ts = parse(toJunitXml([{ file: 'a.json', suite, run }])).testsuite
    expect(ts).toMatchObject({ tests: '2', skipped: '2', failures: '0' })
    expect(ts.testcase.map((t) => t.skipped?.message)).toEqual([
      'cancelled before it finished',
      'not run: the suite run stopped first',
    ])
  })

  it('several suite files make several testsuites under one testsuites', () => {
    const run = suiteRun([attempt('routing', 0, 'passed', []), attempt('json', 0, 'passed', [])], 1)
    const xml = toJunitXml([
      { file: 'a.json', suite, run },
      { file: 'b.json', suite, run: { ...run, suiteName: 'Second' } },
    ])
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { tests: string; testsuite: Array<{ name: string }> }
    }
    expect(doc.testsuites.tests).toBe('4')
    expect(doc.testsuites.testsuite.map((s) => s.name)).toEqual([suite.name, 'Second'])
  })
})

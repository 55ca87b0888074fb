import { describe, expect, it } from 'vitest'
import type { AssertionResult, CaseAttempt, SuiteRun, SuiteRunSummary } from '@/lib/qa/results'
import type { Suite, TestCase } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import { EXIT_FAILED, EXIT_PASSED, exitCodeFor } from './exit-code'
import { attemptLine, createProgress, progressBar } from './progress'
import { addSummaries, suiteSummary } from './summary'

const testCase = (id: string, name: string): TestCase => ({
  id,
  name,
  assistant: 'a',
  conversation_id: null,
  transcript: null,
  input: {},
  assertions: [],
})
const suite: Suite = {
  format: 'assistants-console/suite',
  version: 1,
  id: 's',
  name: 'Demo',
  cases: [testCase('ok', 'Always fine'), testCase('flaky', 'Sometimes'), testCase('down', 'Server down')],
}
const fail: AssertionResult = { index: 0, verdict: 'fail', description: 'output contains "x"', reason: 'it does not' }

function attempt(caseId: string, n: number, status: CaseAttempt['status']): CaseAttempt {
  const run = status === 'error' ? fakeRun({ end: 'fail', error: 'HTTP 502' }) : fakeRun({ output: 'y' })
  return { caseId, attempt: n, status, run, assertions: status === 'failed' ? [fail] : [] }
}

const run: SuiteRun = {
  id: 'r',
  suiteId: 's',
  suiteName: 'Demo',
  connectionKey: 'k',
  assistantOverrides: {},
  label: null,
  startedAt: 0,
  finishedAt: 2500,
  concurrency: 2,
  repeat: 2,
  status: 'finished',
  attempts: [
    attempt('ok', 0, 'passed'),
    attempt('ok', 1, 'passed'),
    attempt('flaky', 0, 'passed'),
    attempt('flaky', 1, 'failed'),
    attempt('down', 0, 'error'),
    attempt('down', 1, 'error'),
  ],
}

const summary = (passed: number, total: number): SuiteRunSummary => ({
  total,
  passed,
  failed: total - passed,
  flaky: 0,
  errored: 0,
  cancelled: 0,
  pending: 0,
})

describe('exit codes', () => {
  it('0 only when every case of every suite passed', () => {
    expect(exitCodeFor([summary(3, 3), summary(1, 1)])).toBe(EXIT_PASSED)
    expect(exitCodeFor([summary(3, 3), summary(0, 1)])).toBe(EXIT_FAILED)
  })
  it('flaky, errored and cancelled cases are not passes', () => {
    expect(exitCodeFor([{ ...summary(1, 2), failed: 0, flaky: 1 }])).toBe(EXIT_FAILED)
    expect(exitCodeFor([{ ...summary(1, 2), failed: 0, errored: 1 }])).toBe(EXIT_FAILED)
    expect(exitCodeFor([{ ...summary(1, 2), failed: 0, cancelled: 1 }])).toBe(EXIT_FAILED)
  })
})

describe('summary', () => {
  it('a row per case with its outcome, "n/m passed" and what failed; totals', () => {
    const { text, summary: s } = suiteSummary('suites/x.json', suite, run)
    expect(s).toMatchObject({ total: 3, passed: 1, flaky: 1, errored: 1 })
    expect(text.split('\n')).toEqual([
      '',
      'Demo (suites/x.json), repeat 2, concurrency 2 in 2.5 s',
      'Case         Outcome  Runs        Failed assertions',
      '-----------  -------  ----------  -----------------',
      'Always fine  passed   2/2 passed',
      'Sometimes    FLAKY    1/2 passed  output contains "x"',
      'Server down  ERROR    0/2 passed  error: HTTP 502',
      '3 cases: 1 passed, 0 failed, 1 flaky, 1 error',
    ])
    expect(exitCodeFor([s])).toBe(EXIT_FAILED)
  })

  it('lists the assertions that got no verdict, so a green run does not hide them', () => {
    const unknown: AssertionResult = {
      index: 1,
      verdict: 'unknown',
      description: 'call_api was called',
      reason: 'not checkable here: no streamed events',
    }
    const withUnknown = { ...run, attempts: [{ ...attempt('ok', 0, 'passed'), assertions: [unknown] }] }
    expect(suiteSummary('x.json', suite, withUnknown).text.split('\n').slice(-2)).toEqual([
      'Not checked here (no verdict: these neither passed nor failed their case):',
      '  Always fine: call_api was called - not checkable here: no streamed events',
    ])
    expect(attemptLine(suite, withUnknown, withUnknown.attempts[0] as CaseAttempt)).toBe(
      'PASS  Always fine (run 1/2) 0.50 s (1 assertion not checked)',
    )
    expect(suiteSummary('x.json', suite, run).text).not.toContain('Not checked')
  })

  it('adds summaries across suites', () => {
    expect(addSummaries([summary(1, 2), summary(3, 3)])).toEqual(summary(4, 5))
  })
})

describe('progress', () => {
  it('draws a bar with counts', () => {
    expect(progressBar(12, 40, 11, 1, 10)).toBe('[###-------] 12/40 passed 11 failed 1')
    expect(progressBar(0, 0, 0, 0, 4)).toBe('[####] 0/0 passed 0 failed 0')
  })

  it('on a terminal redraws one line; elsewhere writes a line per finished attempt', () => {
    let tty = ''
    const bar = createProgress({ write: (t) => void (tty += t), isTTY: true }, suite, 6)
    bar.update({ ...run, attempts: run.attempts.slice(0, 1) }, run.attempts[0] as CaseAttempt)
    bar.update({ ...run, attempts: run.attempts.slice(0, 4) }, run.attempts[3] as CaseAttempt)
    bar.finish(run)
    expect(tty.split('\r\x1b[2K')).toEqual([
      '',
      '[--------------------] 0/6 passed 0 failed 0  Demo',
      '[###-----------------] 1/6 passed 1 failed 0  Demo',
      // A failure gets its own line above the bar; passes only move the bar.
      'FAIL  Sometimes (run 2/2) 0.50 s - failed: output contains "x"\n',
      '[#############-------] 4/6 passed 3 failed 1  Demo',
      '[####################] 6/6 passed 3 failed 3  Demo\n',
    ])

    let log = ''
    const plain = createProgress({ write: (t) => void (log += t) }, suite, 6)
    for (const a of run.attempts) plain.update(run, a)
    plain.update(run, run.attempts[3] as CaseAttempt)
    plain.finish(run)
    expect(log.split('\n')).toHaveLength(7)
    expect(log).toContain('FAIL  Sometimes (run 2/2) 0.50 s - failed: output contains "x"\n')
    expect(log).toContain('ERROR Server down (run 1/2) 0.50 s - HTTP 502\n')
  })

  it('an attempt line without repeat has no run number', () => {
    expect(attemptLine(suite, { ...run, repeat: 1 }, run.attempts[0] as CaseAttempt)).toBe('PASS  Always fine 0.50 s')
  })
})

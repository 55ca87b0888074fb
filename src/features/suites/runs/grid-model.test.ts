import { describe, expect, it } from 'vitest'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import type { AttemptStatus, CaseAttempt, SuiteRun } from '@/lib/qa/results'
import { suiteSchema, type Suite } from '@/lib/qa/suite-format'
import { filterRows, flipCounts, flipKind, gridRows } from './grid-model'
import { progressOf, progressText } from './progress'

const suite: Suite = suiteSchema.parse({
  format: 'assistants-console/suite',
  version: 1,
  id: 's',
  name: 'S',
  cases: [
    { id: 'a', name: 'Case A', assistant: 'bot' },
    { id: 'b', name: 'Case B', assistant: 'bot' },
    { id: 'c', name: 'Case C', assistant: 'other' },
    { id: 'd', name: 'Case D', assistant: 'bot' },
  ],
})

const attempt = (caseId: string, n: number, status: AttemptStatus): CaseAttempt => ({
  caseId,
  attempt: n,
  status,
  run: fakeRun({ id: `${caseId}-${n}` }),
  assertions: [],
})

const run = (id: string, attempts: CaseAttempt[], extra: Partial<SuiteRun> = {}): SuiteRun => ({
  id,
  suiteId: 's',
  suiteName: 'S',
  connectionKey: 'k',
  assistantOverrides: {},
  label: null,
  startedAt: 0,
  finishedAt: 1,
  concurrency: 2,
  repeat: 3,
  status: 'finished',
  attempts,
  ...extra,
})

describe('gridRows', () => {
  it('gives a row per case of the run in suite order, attempts by repetition, outcome and "n/m passed"', () => {
    const r = run('r', [
      attempt('b', 1, 'failed'),
      attempt('a', 0, 'passed'),
      attempt('b', 0, 'passed'),
      attempt('a', 1, 'passed'),
      attempt('a', 2, 'passed'),
      attempt('b', 2, 'passed'),
    ])
    const rows = gridRows({ suite, run: { ...r, caseIds: ['a', 'b'] } })
    expect(rows.map((x) => x.caseId)).toEqual(['a', 'b'])
    expect(rows[0]).toMatchObject({ name: 'Case A', outcome: 'passed', passed: 3, total: 3, flip: null })
    expect(rows[1]).toMatchObject({ outcome: 'flaky', passed: 2, total: 3 })
    expect(rows[1]?.attempts.map((a) => a?.status)).toEqual(['passed', 'failed', 'passed'])
  })

  it('shows the cases the run was started for before their first attempt, and cases no longer in the suite last', () => {
    const r = run('r', [attempt('gone', 0, 'passed')], {
      status: 'running',
      finishedAt: null,
      repeat: 1,
      caseIds: ['c', 'a', 'gone'],
    })
    const rows = gridRows({ suite, run: r })
    expect(rows.map((x) => [x.caseId, x.outcome, x.removed])).toEqual([
      ['a', 'pending', false],
      ['c', 'pending', false],
      ['gone', 'passed', true],
    ])
    expect(rows[0]?.attempts).toEqual([null])
    // Stopped before they ran: cancelled, not pending.
    const stopped = gridRows({ suite, run: { ...r, status: 'stopped' } })
    expect(stopped.map((x) => x.outcome)).toEqual(['cancelled', 'cancelled', 'passed'])
  })

  it('names the assistant the run evaluated (overrides applied)', () => {
    const r = run('r', [attempt('a', 0, 'passed'), attempt('c', 0, 'passed')], {
      repeat: 1,
      assistantOverrides: { bot: 'bot-v2' },
    })
    expect(gridRows({ suite, run: { ...r, caseIds: ['a', 'c'] } }).map((x) => x.assistant)).toEqual(['bot-v2', 'other'])
  })

  it('marks flips against the baseline: passed → failed is a regression, failed → passed a fix', () => {
    const baseline = run(
      'base',
      [attempt('a', 0, 'passed'), attempt('b', 0, 'failed'), attempt('c', 0, 'passed'), attempt('d', 0, 'passed')],
      { repeat: 1 },
    )
    const now = run(
      'now',
      [attempt('a', 0, 'failed'), attempt('b', 0, 'passed'), attempt('c', 0, 'passed'), attempt('d', 0, 'cancelled')],
      { repeat: 1 },
    )
    const rows = gridRows({ suite, run: now, baseline })
    expect(rows.map((x) => x.flip?.kind ?? null)).toEqual(['regression', 'fix', null, null])
    expect(flipCounts(rows)).toEqual({ regressions: 1, fixes: 1 })
    expect(filterRows(rows, 'flips').map((x) => x.caseId)).toEqual(['a', 'b'])
    expect(filterRows(rows, 'failed').map((x) => x.caseId)).toEqual(['a'])
    expect(filterRows(rows, 'all')).toHaveLength(4)
    // The baseline against itself: nothing flipped.
    expect(gridRows({ suite, run: baseline, baseline }).every((x) => x.flip === null)).toBe(true)
  })
})

describe('flipKind', () => {
  it('counts a flaky case as not passing, and never flips on errors, cancelled or pending', () => {
    expect(flipKind('passed', 'flaky')).toBe('regression')
    expect(flipKind('flaky', 'passed')).toBe('fix')
    expect(flipKind('error', 'passed')).toBeNull()
    expect(flipKind('failed', 'flaky')).toBeNull()
    expect(flipKind('passed', 'cancelled')).toBeNull()
    expect(flipKind('pending', 'passed')).toBeNull()
  })
})

describe('progressOf', () => {
  it('counts attempts done of planned and cases by outcome so far', () => {
    const r = run('r', [
      attempt('a', 0, 'passed'),
      attempt('b', 0, 'passed'),
      attempt('b', 1, 'failed'),
      attempt('c', 0, 'failed'),
      attempt('d', 0, 'error'),
    ])
    const p = progressOf(r, 12)
    expect(p).toEqual({ done: 5, total: 12, passed: 1, failed: 1, flaky: 1, errored: 1, cancelled: 0 })
    expect(progressText(p)).toBe('5 of 12 attempts done: 1 passed, 1 failed, 1 flaky, 1 errored')
    expect(progressOf(undefined, 4)).toMatchObject({ done: 0, total: 4 })
  })
})

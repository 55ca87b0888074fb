import { describe, expect, it } from 'vitest'
import { caseOutcome, compareRuns, flips, passCount, summarize, trend } from './outcome'
import { attempt as at, fakeSuite, fakeSuiteRun } from './testing/suite-fixture'

describe('caseOutcome and passCount', () => {
  it.each([
    [[], 'pending'],
    [['passed', 'passed'], 'passed'],
    [['passed', 'failed', 'passed'], 'flaky'],
    [['failed', 'failed'], 'failed'],
    [['failed', 'error'], 'failed'],
    [['passed', 'error'], 'error'],
    [['passed', 'cancelled'], 'passed'],
    [['cancelled'], 'cancelled'],
    [['error', 'cancelled'], 'error'],
  ] as const)('%j → %s', (statuses, outcome) => {
    expect(caseOutcome(statuses.map((s, i) => at('a', s, i)))).toBe(outcome)
  })
  it('counts 3/5 passed without cancelled attempts', () => {
    const list = ['passed', 'passed', 'failed', 'passed', 'error', 'cancelled'] as const
    expect(passCount(list.map((s, i) => at('a', s, i)))).toEqual({ passed: 3, total: 5 })
  })
})

describe('summarize', () => {
  const suite = fakeSuite(['a', 'b', 'c', 'd'])
  it('counts per case; unstarted cases are pending while running, cancelled once stopped', () => {
    const attempts = [at('a', 'passed'), at('b', 'failed'), at('c', 'passed'), at('c', 'failed', 1)]
    expect(summarize(fakeSuiteRun('r', attempts, { status: 'running' }), suite)).toEqual({
      total: 4,
      passed: 1,
      failed: 1,
      flaky: 1,
      errored: 0,
      cancelled: 0,
      pending: 1,
    })
    expect(summarize(fakeSuiteRun('r', attempts, { status: 'stopped' }), suite)).toMatchObject({
      pending: 0,
      cancelled: 1,
    })
  })
  it('covers only the chosen cases', () => {
    const run = fakeSuiteRun('r', [at('b', 'error')], { caseIds: ['b'] })
    expect(summarize(run, suite)).toMatchObject({ total: 1, errored: 1 })
  })
})

describe('flips', () => {
  it('reports verdict changes, not errors or cancellations', () => {
    const base = fakeSuiteRun('b', [
      at('a', 'passed'),
      at('b', 'failed'),
      at('c', 'passed'),
      at('d', 'passed'),
      at('e', 'passed'),
    ])
    const now = fakeSuiteRun('n', [
      at('a', 'failed'),
      at('b', 'passed'),
      at('c', 'passed'),
      at('c', 'failed', 1),
      at('d', 'error'),
      at('f', 'failed'),
    ])
    expect(flips(base, now)).toEqual([
      { caseId: 'a', from: 'passed', to: 'failed' },
      { caseId: 'b', from: 'failed', to: 'passed' },
      { caseId: 'c', from: 'passed', to: 'flaky' },
    ])
  })
})

describe('trend', () => {
  it('gives pass rates oldest first and leaves out runs with no verdict', () => {
    const r1 = fakeSuiteRun('r1', [at('a', 'passed'), at('b', 'failed')], { startedAt: 20 })
    const r2 = fakeSuiteRun('r2', [at('a', 'passed'), at('b', 'passed')], { startedAt: 10 })
    const r3 = fakeSuiteRun('r3', [at('a', 'cancelled')], { startedAt: 30 })
    expect(trend([r1, r2, r3])).toEqual([
      { runId: 'r2', at: 10, passRate: 1 },
      { runId: 'r1', at: 20, passRate: 0.5 },
    ])
  })
})

describe('compareRuns', () => {
  it('puts differences first, in suite order', () => {
    const suite = fakeSuite(['a', 'b', 'c'])
    const left = fakeSuiteRun('l', [at('a', 'passed'), at('b', 'passed'), at('c', 'passed')])
    const right = fakeSuiteRun('r', [at('a', 'passed'), at('c', 'failed')])
    const rows = compareRuns(left, right, suite)
    expect(rows.map((r) => [r.caseId, r.a, r.b, r.differs])).toEqual([
      ['b', 'passed', 'pending', true],
      ['c', 'passed', 'failed', true],
      ['a', 'passed', 'passed', false],
    ])
    expect(rows[1]?.bCount).toEqual({ passed: 0, total: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import type { AttemptStatus, SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import { changeOf, compareDraft, headlineOf } from './draft-compare'
import { playgroundChoice, suiteChoices } from './draft-test-choices'

const testCase = (id: string, assistant = 'a') => ({
  id,
  name: `case ${id}`,
  assistant,
  conversation_id: null,
  transcript: null,
  input: {},
  assertions: [],
})
const suite: Suite = {
  format: 'assistants-console/suite',
  version: 1,
  id: 's',
  name: 'S',
  cases: ['c1', 'c2', 'c3', 'c4'].map((id) => testCase(id)),
}

function run(status: SuiteRun['status'], attempts: [string, AttemptStatus][]): SuiteRun {
  return {
    id: 'r',
    suiteId: 's',
    suiteName: 'S',
    connectionKey: 'k',
    assistantOverrides: {},
    label: null,
    startedAt: 0,
    finishedAt: null,
    concurrency: 1,
    repeat: 1,
    status,
    attempts: attempts.map(([caseId, s], i) => ({ caseId, attempt: i, status: s, run: fakeRun(), assertions: [] })),
  }
}

describe('changeOf', () => {
  it('names regressions, fixes, other changes and unfinished cases', () => {
    expect(changeOf('passed', 'failed')).toBe('regressed')
    expect(changeOf('passed', 'flaky')).toBe('regressed')
    expect(changeOf('passed', 'error')).toBe('regressed')
    expect(changeOf('failed', 'passed')).toBe('fixed')
    expect(changeOf('flaky', 'passed')).toBe('fixed')
    expect(changeOf('failed', 'flaky')).toBe('changed')
    expect(changeOf('passed', 'passed')).toBe('same')
    expect(changeOf('failed', 'failed')).toBe('same')
    expect(changeOf('passed', 'pending')).toBe('incomplete')
    expect(changeOf('cancelled', 'passed')).toBe('incomplete')
  })
})

describe('headlineOf', () => {
  const zero = { regressed: 0, fixed: 0, changed: 0, incomplete: 0, same: 0 }
  it('says what changed, in words', () => {
    expect(headlineOf({ ...zero, regressed: 2, same: 1 }, 3)).toBe('2 cases that passed now fail')
    expect(headlineOf({ ...zero, regressed: 1, fixed: 1 }, 2)).toBe(
      '1 case that passed now fails, 1 case that failed now passes',
    )
    expect(headlineOf({ ...zero, fixed: 3 }, 3)).toBe('3 cases that failed now pass')
    expect(headlineOf({ ...zero, same: 4 }, 4)).toBe('No differences: 4 cases, the same outcome')
    expect(headlineOf(zero, 0)).toBe('No cases ran')
  })
})

describe('compareDraft', () => {
  it('puts differences first, keeping suite order within each group', () => {
    const live = run('finished', [
      ['c1', 'passed'],
      ['c2', 'passed'],
      ['c3', 'failed'],
      ['c4', 'passed'],
    ])
    const draft = run('finished', [
      ['c1', 'passed'],
      ['c2', 'failed'],
      ['c3', 'passed'],
      ['c4', 'failed'],
    ])
    const c = compareDraft(suite, ['c1', 'c2', 'c3', 'c4'], live, draft)
    expect(c.rows.map((r) => [r.caseId, r.change])).toEqual([
      ['c2', 'regressed'],
      ['c4', 'regressed'],
      ['c3', 'fixed'],
      ['c1', 'same'],
    ])
    expect(c.headline).toBe('2 cases that passed now fail, 1 case that failed now passes')
  })

  it('a case not reached is pending while running and did not run once stopped', () => {
    const live = run('running', [['c1', 'passed']])
    const draft = run('stopped', [['c1', 'passed']])
    const c = compareDraft(suite, ['c1', 'c2'], live, draft)
    const c2 = c.rows.find((r) => r.caseId === 'c2')
    expect(c2).toMatchObject({ live: 'pending', draft: 'cancelled', change: 'incomplete' })
    expect(c.headline).toBe('1 case did not finish')
  })

  it('compares only the chosen cases, flaky across repeats', () => {
    const live = run('finished', [
      ['c1', 'passed'],
      ['c1', 'passed'],
    ])
    const draft = run('finished', [
      ['c1', 'passed'],
      ['c1', 'failed'],
    ])
    const c = compareDraft(suite, ['c1'], live, draft)
    expect(c.rows).toHaveLength(1)
    expect(c.rows[0]).toMatchObject({ live: 'passed', draft: 'flaky', change: 'regressed' })
  })
})

describe('choices', () => {
  it('offers suites with cases for this assistant, and only those cases', () => {
    const mixed: Suite = { ...suite, id: 'm', name: 'Mixed', cases: [testCase('x', 'a'), testCase('y', 'b')] }
    const other: Suite = { ...suite, id: 'o', name: 'Other', cases: [testCase('z', 'b')] }
    const choices = suiteChoices('a', [mixed, other])
    expect(choices.map((c) => [c.label, c.caseIds])).toEqual([['Mixed', ['x']]])
    expect(choices[0]?.description).toBe('1 case for a (1 for other assistants are left out)')
  })

  it('without a suite: the last playground request of this assistant, else a blank input', () => {
    const runs = [fakeRun({ assistant: 'b', id: 'rb' }), fakeRun({ assistant: 'a', id: 'ra' })]
    const fromRun = playgroundChoice('a', runs)
    expect(fromRun.label).toBe('The playground request')
    expect(fromRun.suite.cases[0]).toMatchObject({
      assistant: 'a',
      assertions: [{ type: 'run_succeeded' }],
      source: { kind: 'run', ref: 'ra' },
    })
    const blank = playgroundChoice('c', runs)
    expect(blank.label).toBe('A blank input')
    expect(blank.suite.cases[0]).toMatchObject({ assistant: 'c', input: {}, source: { kind: 'blank' } })
  })
})

/** Suites, attempts and suite runs for unit tests. */
import type { AttemptStatus, CaseAttempt, SuiteRun } from '../results'
import { suiteSchema, type Suite } from '../suite-format'
import { fakeRun } from './run-fixture'

export function fakeSuite(caseIds: string[], assistant = 'demo'): Suite {
  return suiteSchema.parse({
    format: 'assistants-console/suite',
    version: 1,
    id: 's1',
    name: 'Suite',
    cases: caseIds.map((id) => ({ id, name: `Case ${id}`, assistant })),
  })
}

export function attempt(caseId: string, status: AttemptStatus, n = 0): CaseAttempt {
  return { caseId, attempt: n, status, run: fakeRun(), assertions: [] }
}

export function fakeSuiteRun(id: string, attempts: CaseAttempt[], extra: Partial<SuiteRun> = {}): SuiteRun {
  return {
    id,
    suiteId: 's1',
    suiteName: 'Suite',
    connectionKey: 'k',
    assistantOverrides: {},
    label: null,
    startedAt: 0,
    finishedAt: 1,
    concurrency: 2,
    repeat: 1,
    status: 'finished',
    attempts,
    ...extra,
  }
}

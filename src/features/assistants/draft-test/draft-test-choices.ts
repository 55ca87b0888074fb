/**
 * What a draft can be tested with: every suite that has cases for this
 * assistant (only those cases run: the draft changes nothing else), or, when
 * there is none, one ad-hoc case from the assistant's last playground request
 * (or a blank input), checked only for "the run succeeded".
 */
import type { RunRecord } from '@/lib/run/run-model'
import type { Suite, TestCase } from '@/lib/qa/suite-format'

export interface DraftTestChoice {
  id: string
  label: string
  description: string
  suite: Suite
  caseIds: string[]
}

const adHocSuite = (code: string, testCase: TestCase): Suite => ({
  format: 'assistants-console/suite',
  version: 1,
  id: `draft-test-${code}`,
  name: testCase.name,
  cases: [testCase],
})

export function playgroundChoice(code: string, runs: readonly RunRecord[]): DraftTestChoice {
  const last = runs.find((r) => r.request.assistant === code)
  const testCase: TestCase = last
    ? {
        id: 'playground-request',
        name: 'The playground request',
        assistant: code,
        conversation_id: last.request.conversationId,
        transcript: last.request.transcript,
        input: last.request.input,
        assertions: [{ type: 'run_succeeded' }],
        source: { kind: 'run', ref: last.id, label: 'Last playground run' },
      }
    : {
        id: 'blank-input',
        name: 'A blank input',
        assistant: code,
        conversation_id: null,
        transcript: null,
        input: {},
        assertions: [{ type: 'run_succeeded' }],
        source: { kind: 'blank' },
      }
  return {
    id: 'playground',
    label: last ? 'The playground request' : 'A blank input',
    description: last
      ? `The last request to ${code} in the playground (${new Date(last.createdAt).toLocaleString()}); passes when the run succeeds.`
      : `No playground run of ${code} yet: an empty input; passes when the run succeeds.`,
    suite: adHocSuite(code, testCase),
    caseIds: [testCase.id],
  }
}

export function suiteChoices(code: string, suites: readonly Suite[]): DraftTestChoice[] {
  return suites.flatMap((suite) => {
    const caseIds = suite.cases.filter((c) => c.assistant === code).map((c) => c.id)
    if (caseIds.length === 0) return []
    const others = suite.cases.length - caseIds.length
    return [
      {
        id: `suite:${suite.id}`,
        label: suite.name,
        description: `${caseIds.length} case${caseIds.length === 1 ? '' : 's'} for ${code}${others > 0 ? ` (${others} for other assistants are left out)` : ''}`,
        suite,
        caseIds,
      },
    ]
  })
}

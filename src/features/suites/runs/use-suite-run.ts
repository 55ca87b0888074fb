/**
 * Running a suite from a page: the active connection's client evaluates each
 * case (and grades judge assertions), the run goes on in the page's controller
 * (it outlives the component: leave for the results and it keeps filling),
 * Stop cancels requests in flight. Each start reads the connection afresh.
 */
import { useCallback } from 'react'
import { useConnection } from '@/api/connection-context'
import type { ApiClient } from '@/api/http-client'
import { deepdeskEvaluator, evaluatorJudge, type Evaluator } from '@/lib/qa/evaluator'
import type { Suite } from '@/lib/qa/suite-format'
import type { SuiteRun } from '@/lib/qa/results'
import { suiteRunsFor, useSuiteRuns } from '@/lib/qa/suite-runs-store'
import { controllerFor, useActiveRuns } from './suite-run-controller'

export interface RunChoice {
  concurrency: number
  repeat: number
  /** All cases when omitted. */
  caseIds?: string[]
  assistantOverrides?: Record<string, string>
  label?: string | null
}

export interface SuiteRunOptions {
  /** How cases are evaluated; Deepdesk's evaluate endpoint on the active connection by default. */
  evaluatorFor?: (client: ApiClient) => Evaluator
}

const deepdesk = (client: ApiClient) => deepdeskEvaluator(client)

export function useSuiteRun(suite: Suite, { evaluatorFor = deepdesk }: SuiteRunOptions = {}) {
  const { client, identity } = useConnection()
  const runs = suiteRunsFor(identity, suite.id)
  const controller = controllerFor(runs)
  const state = useSuiteRuns(runs)
  const active = useActiveRuns(controller)

  const start = useCallback(
    (choice: RunChoice): { id: string; done: Promise<SuiteRun> } => {
      const evaluator = evaluatorFor(client)
      return controller.start({
        suite,
        evaluator,
        judge: evaluatorJudge(evaluator),
        connectionKey: identity,
        ...choice,
      })
    },
    [client, identity, controller, suite, evaluatorFor],
  )
  const stop = useCallback((id?: string) => controller.stop(id), [controller])

  return { runs, controller, state, active, start, stop }
}

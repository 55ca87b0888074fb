/**
 * The real pieces behind useDraftTest: the Admin API for the copy, the shared
 * suite runner with the Deepdesk evaluator (and the same evaluator as judge),
 * and the page-hide guard. The assistants list is refreshed after a copy goes,
 * so the leftover banner never offers one that is gone.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '@/api/http-client'
import { assistantKeys } from '@/api/resources/assistants'
import { createDraftCopy, deleteDraftCopy } from '@/lib/qa/draft-copy'
import { deepdeskEvaluator, evaluatorJudge } from '@/lib/qa/evaluator'
import { runSuite } from '@/lib/qa/runner'
import { guardCopyOnPageHide } from './copy-guard'
import { rememberDraftTest } from './last-draft-test'
import type { DraftTestDeps } from './use-draft-test'

export function draftTestDeps(client: ApiClient, connectionKey: string, queryClient: QueryClient): DraftTestDeps {
  const evaluator = deepdeskEvaluator(client)
  const judge = evaluatorJudge(evaluator)
  const refreshList = () => queryClient.invalidateQueries({ queryKey: assistantKeys.list(client) })
  return {
    createCopy: (original, values) => createDraftCopy(client, original, values),
    deleteCopy: async (code) => {
      await deleteDraftCopy(client, code)
      void refreshList()
    },
    runSuite: (opts) => runSuite({ ...opts, evaluator, judge, connectionKey }),
    guard: (code) => guardCopyOnPageHide(client, code),
    remember: rememberDraftTest,
  }
}

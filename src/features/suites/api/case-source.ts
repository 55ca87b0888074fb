/**
 * Loads what a new case starts from (the new-case route's loader): a run from
 * this connection's run history, a thread and its messages, a seeded
 * conversation; or says which choice the page must ask for first. A source
 * that does not exist is the router's not-found.
 */
import { notFound } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionState } from '@/api/connection-store'
import { threadQueries } from '@/api/resources/threads'
import { loadOrNotFound } from '@/lib/route-loading'
import { historyFor, type RunHistory } from '@/lib/run/run-history'
import type { RunRecord } from '@/lib/run/run-model'
import { blankSeed, seedFromConversation, seedFromRun, seedFromThread, type CaseSeed } from '../case-seed'
import type { NewCaseSearch } from '../new-case-search'
import { conversationQueries } from '@/api/resources/conversations'

export type CaseSourceData =
  | { kind: 'seed'; seed: CaseSeed; run: RunRecord | null }
  | { kind: 'pick-run' }
  | { kind: 'pick-conversation' }
  | { kind: 'paste' }

/** Resolves once the history has read IndexedDB. */
export function historyLoaded(history: RunHistory): Promise<void> {
  if (history.getSnapshot().loaded) return Promise.resolve()
  return new Promise((resolve) => {
    const off = history.subscribe(() => {
      if (history.getSnapshot().loaded) {
        off()
        resolve()
      }
    })
  })
}

export async function loadCaseSource(
  queryClient: QueryClient,
  connection: ConnectionState,
  search: NewCaseSearch,
): Promise<CaseSourceData> {
  const { client, identity } = connection
  const assistant = search.assistant ?? ''
  switch (search.source) {
    case 'run': {
      if (!search.ref) return { kind: 'pick-run' }
      // The stable identity, as the playground keeps its history under it.
      const history = historyFor(identity)
      await historyLoaded(history)
      const run = history.find(search.ref)
      if (!run) throw notFound()
      return { kind: 'seed', seed: seedFromRun(run), run }
    }
    case 'thread': {
      const id = Number(search.ref)
      if (!assistant || !Number.isInteger(id)) throw notFound()
      const [, messages] = await loadOrNotFound(() =>
        Promise.all([
          queryClient.ensureQueryData(threadQueries.detail(client, assistant, id)),
          queryClient.ensureQueryData(threadQueries.messages(client, assistant, id)),
        ]),
      )
      return { kind: 'seed', seed: seedFromThread(assistant, id, messages), run: null }
    }
    case 'conversation': {
      if (!search.ref) {
        void queryClient.prefetchQuery(conversationQueries.list(client))
        return { kind: 'pick-conversation' }
      }
      const list = await loadOrNotFound(() => queryClient.ensureQueryData(conversationQueries.list(client)))
      const conversation = list.find((c) => c.id === search.ref)
      if (!conversation) throw notFound()
      return { kind: 'seed', seed: seedFromConversation(assistant, conversation), run: null }
    }
    case 'pasted':
      return { kind: 'paste' }
    default:
      return { kind: 'seed', seed: blankSeed(assistant), run: null }
  }
}

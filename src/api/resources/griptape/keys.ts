/** Query keys of Griptape resources, scoped by the connection so one environment's data never shows under another. */
import type { ApiClient } from '@/api/http-client'

export interface PageParams {
  page: number
  pageSize: number
}

export type ApiKeyOwner = { kind: 'organization'; id: string } | { kind: 'user'; id: string }

const root = (client: ApiClient) => ['conn', client.key, 'griptape'] as const

export const griptapeKeys = {
  root,
  assistants: (client: ApiClient) => [...root(client), 'assistants'] as const,
  assistantList: (client: ApiClient, page: PageParams) =>
    [...griptapeKeys.assistants(client), 'list', page.page, page.pageSize] as const,
  assistant: (client: ApiClient, id: string) => [...griptapeKeys.assistants(client), 'detail', id] as const,
  runs: (client: ApiClient) => [...root(client), 'runs'] as const,
  runList: (client: ApiClient, assistantId: string, page: PageParams, statuses: readonly string[]) =>
    [...griptapeKeys.runs(client), 'list', assistantId, page.page, page.pageSize, statuses.join(',')] as const,
  runLists: (client: ApiClient, assistantId: string) => [...griptapeKeys.runs(client), 'list', assistantId] as const,
  run: (client: ApiClient, id: string) => [...griptapeKeys.runs(client), 'detail', id] as const,
  runEvents: (client: ApiClient, runId: string, limit: number) =>
    [...root(client), 'run-events', runId, limit] as const,
  event: (client: ApiClient, id: string) => [...root(client), 'event', id] as const,
  apiKeys: (client: ApiClient) => [...root(client), 'api-keys'] as const,
  apiKeyList: (client: ApiClient, owner: ApiKeyOwner, page: PageParams) =>
    [...griptapeKeys.apiKeys(client), owner.kind, owner.id, page.page, page.pageSize] as const,
  users: (client: ApiClient) => [...root(client), 'users'] as const,
}

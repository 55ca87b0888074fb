/** Reads a Deepdesk account's configuration into an AccountSnapshot (stub: being implemented). */
import type { ApiClient } from '@/api/http-client'
import type { AccountSnapshot } from './model'

export function readSnapshot(
  client: ApiClient,
  opts: { label: string; signal?: AbortSignal },
): Promise<AccountSnapshot> {
  return Promise.resolve({
    connectionKey: client.key,
    label: opts.label,
    readAt: Date.now(),
    apis: [],
    assistants: [],
    routes: [],
    problems: [],
  })
}

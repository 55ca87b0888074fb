/**
 * API key mutations. Create answers the secret once: it goes to the caller
 * (the dialog that shows it) and nowhere else: not the query cache, and the
 * mutation itself is forgotten at once (gcTime 0).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import type { ErrorReader } from '@/api/http-client'
import { griptapeApiKeysApi } from '@/api/resources/griptape/api-keys'
import { griptapeKeys, type ApiKeyOwner } from '@/api/resources/griptape/keys'
import type { ApiKeyCreate, ApiKeyUpdate } from '@/contract/griptape/api-key'

export function useCreateApiKey(owner: ApiKeyOwner, readError: ErrorReader) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    gcTime: 0,
    mutationFn: (body: ApiKeyCreate) => griptapeApiKeysApi.create(client, owner, body, readError),
    onSuccess: () => qc.invalidateQueries({ queryKey: griptapeKeys.apiKeys(client) }),
  })
}

export function useUpdateApiKey(id: string, readError?: ErrorReader) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...(readError ? ERROR_SHOWN_BY_CALLER : {}),
    mutationFn: (body: ApiKeyUpdate) => griptapeApiKeysApi.update(client, id, body, readError),
    onSuccess: () => qc.invalidateQueries({ queryKey: griptapeKeys.apiKeys(client) }),
  })
}

export function useApiKeyGone() {
  const client = useApiClient()
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: griptapeKeys.apiKeys(client) })
}

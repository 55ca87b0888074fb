/** Mutations on an assistant's threads and their messages; each refreshes the precise keys. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import { threadKeys, threadsApi } from '@/api/resources/threads'
import type { Message, MessageWrite, Thread, ThreadWrite } from '@/contract/thread'
import { isUnreadable, type ListEntries } from '@/contract/read-list'

export function useCreateThread(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: ThreadWrite) => threadsApi.create(client, assistant, body),
    onSuccess: async (thread) => {
      qc.setQueryData(threadKeys.detail(client, assistant, thread.id), thread)
      await qc.invalidateQueries({ queryKey: threadKeys.list(client, assistant) })
    },
  })
}

export function useReplaceThread(assistant: string, id: number) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: ThreadWrite) => threadsApi.replace(client, assistant, id, body),
    onSuccess: async (thread) => {
      qc.setQueryData(threadKeys.detail(client, assistant, id), thread)
      await qc.invalidateQueries({ queryKey: threadKeys.list(client, assistant) })
    },
  })
}

export function useDeleteThread(assistant: string) {
  const client = useApiClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (id: number) => threadsApi.remove(client, assistant, id),
  })
}

/** A thread is gone (deleted here or elsewhere): drop its row now, forget it after leaving its page. */
export function useThreadGone(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    dropFromLists: async (id: number) => {
      qc.setQueryData<ListEntries<Thread>>(threadKeys.list(client, assistant), (list) =>
        list?.filter((t) => isUnreadable(t) || t.id !== id),
      )
      await qc.invalidateQueries({ queryKey: threadKeys.list(client, assistant) })
    },
    forgetDetail: (id: number) => {
      qc.removeQueries({ queryKey: threadKeys.detail(client, assistant, id), exact: true })
      qc.removeQueries({ queryKey: threadKeys.messages(client, assistant, id), exact: true })
    },
  }
}

export function usePostMessage(assistant: string, id: number) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: MessageWrite) => threadsApi.postMessage(client, assistant, id, body),
    onSuccess: async (message) => {
      // Show the new message at once; the refetch then confirms the server's order.
      qc.setQueryData<Message[]>(threadKeys.messages(client, assistant, id), (prev) => [...(prev ?? []), message])
      await qc.invalidateQueries({ queryKey: threadKeys.messages(client, assistant, id) })
    },
  })
}

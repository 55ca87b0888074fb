/**
 * Testing an unsaved draft against any server that honours the Admin API: the
 * draft is created as a temporary copy of the assistant under a clearly marked
 * code derived from the original (`<code>--draft-test-<6 chars>`), with the
 * draft's values, the same tools and no routes (so no live traffic reaches it),
 * evaluated, then deleted. Copies a crash left behind are recognised by that
 * code pattern alone, so they can be found on any later visit.
 */
import { ApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { assistantPath, assistantsApi } from '@/api/resources/assistants'
import type { Assistant, AssistantWrite } from '@/contract/assistant'
import { draftCopyCode, isDraftCopyCode } from './draft-copy-code'

export const DRAFT_COPY_NAME_PREFIX = '[Draft test] '
/** The contract's limit for names (src/contract/assistant.ts). */
const MAX_NAME = 255

/** The writable values a draft carries (the assistant form's values; `code` is ignored). */
export type DraftValues = Omit<AssistantWrite, 'code'> & { code?: string }

export function draftCopyName(name: string): string {
  return `${DRAFT_COPY_NAME_PREFIX}${name}`.slice(0, MAX_NAME)
}

/** The body that creates the copy: the draft's values under the marked code and name. */
export function draftCopyBody(original: Assistant, draft: DraftValues, suffix?: string): AssistantWrite {
  return {
    name: draftCopyName(draft.name || original.name || original.code),
    instructions: draft.instructions,
    ...(draft.model === undefined ? {} : { model: draft.model }),
    ...(draft.response_format_json === undefined ? {} : { response_format_json: draft.response_format_json }),
    ...(draft.temperature === undefined ? {} : { temperature: draft.temperature }),
    ...(draft.top_p === undefined ? {} : { top_p: draft.top_p }),
    ...(draft.include_conversation_transcript === undefined
      ? {}
      : { include_conversation_transcript: draft.include_conversation_transcript }),
    ...(draft.include_conversation_metadata === undefined
      ? {}
      : { include_conversation_metadata: draft.include_conversation_metadata }),
    tools: [...draft.tools],
    code: draftCopyCode(original.code, suffix),
  }
}

/**
 * Creates the temporary copy. A code that happens to exist already (400 on `code`) is retried
 * once with a new suffix. Routes are never created, so nothing but an explicit evaluate reaches it.
 */
export async function createDraftCopy(client: ApiClient, original: Assistant, draft: DraftValues): Promise<Assistant> {
  try {
    return await assistantsApi.create(client, draftCopyBody(original, draft))
  } catch (e) {
    if (e instanceof ApiError && e.status === 400 && e.fieldErrors.code)
      return assistantsApi.create(client, draftCopyBody(original, draft))
    throw e
  }
}

/** Deletes a copy; one already gone (404) counts as deleted. Refuses codes that are not copies. */
export async function deleteDraftCopy(client: ApiClient, code: string, signal?: AbortSignal): Promise<void> {
  if (!isDraftCopyCode(code)) throw new Error(`${code} is not a draft-test copy; refusing to delete it.`)
  try {
    await client.requestEmpty('DELETE', assistantPath(code), { signal })
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return
    throw e
  }
}

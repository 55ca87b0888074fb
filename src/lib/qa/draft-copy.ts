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

export const DRAFT_COPY_MARK = '--draft-test-'
export const DRAFT_COPY_NAME_PREFIX = '[Draft test] '
/** The contract's limits for codes and names (src/contract/common.ts, assistant.ts). */
const MAX_CODE = 255
const MAX_NAME = 255
const SUFFIX_LENGTH = 6
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

const DRAFT_COPY_PATTERN = new RegExp(`^[a-z0-9-]+${DRAFT_COPY_MARK}[a-z0-9]{${SUFFIX_LENGTH}}$`)

/** The writable values a draft carries (the assistant form's values; `code` is ignored). */
export type DraftValues = Omit<AssistantWrite, 'code'> & { code?: string }

export function randomSuffix(random: () => number = Math.random): string {
  let s = ''
  for (let i = 0; i < SUFFIX_LENGTH; i += 1) s += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'x'
  return s
}

/** `<code>--draft-test-<suffix>`, the original cut so the whole stays within 255 characters. */
export function draftCopyCode(originalCode: string, suffix: string = randomSuffix()): string {
  const room = MAX_CODE - DRAFT_COPY_MARK.length - suffix.length
  return `${originalCode.slice(0, room)}${DRAFT_COPY_MARK}${suffix}`
}

export function isDraftCopyCode(code: string): boolean {
  return DRAFT_COPY_PATTERN.test(code)
}

/** The code the copy was made from (possibly cut short for very long codes). */
export function draftCopyOrigin(code: string): string | null {
  if (!isDraftCopyCode(code)) return null
  return code.slice(0, code.length - DRAFT_COPY_MARK.length - SUFFIX_LENGTH)
}

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

/** Copies left behind (a crash, a closed laptop), by code pattern. */
export function findLeftoverCopies<A extends { code: string }>(assistants: readonly A[]): A[] {
  return assistants.filter((a) => isDraftCopyCode(a.code))
}

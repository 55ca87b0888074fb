/**
 * A cheap cross-reference for call_api: which assistants name an API's code in
 * their instructions. The API has no such relation, so we search the text.
 */
import type { Assistant } from '@/contract/assistant'
import { mentionsCode } from '@/lib/code-mentions'

export function assistantsMentioning(assistants: readonly Assistant[], code: string): Assistant[] {
  return assistants.filter((a) => mentionsCode(a.instructions, code))
}

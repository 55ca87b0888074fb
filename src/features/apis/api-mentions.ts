/**
 * A cheap cross-reference for call_api: which assistants name an API's code in
 * their instructions. The API has no such relation, so we search the text.
 */
import type { Assistant } from '@/contract/assistant'

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** True when `text` names `code` as a whole code: "demo" does not match inside "demo-crm". */
function codePattern(code: string, flags = ''): RegExp {
  return new RegExp(`(^|[^a-z0-9-])${escapeRegExp(code)}(?![a-z0-9-])`, flags)
}

export function mentionsCode(text: string, code: string): boolean {
  if (code === '') return false
  return codePattern(code).test(text)
}

/** `text` with every whole mention of `from` renamed to `to` (for an API rename). */
export function renameCode(text: string, from: string, to: string): string {
  if (from === '') return text
  return text.replace(codePattern(from, 'g'), (_m, before: string) => `${before}${to}`)
}

export function assistantsMentioning(assistants: readonly Assistant[], code: string): Assistant[] {
  return assistants.filter((a) => mentionsCode(a.instructions, code))
}

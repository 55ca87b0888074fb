/**
 * Where text names a code (an API's, in an assistant's instructions) as a whole
 * code: "demo" does not match inside "demo-crm". One rule for the rename
 * warning (features/apis) and the environment planner (lib/account).
 */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

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

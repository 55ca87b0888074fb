/**
 * Which API codes an assistant's instructions name as whole codes ("demo" does
 * not match inside "demo-crm"). The same rule as the APIs feature's rename
 * warning (src/features/apis/api-mentions.ts); lib code cannot import a feature.
 */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function mentionsCode(text: string, code: string): boolean {
  if (code === '') return false
  return new RegExp(`(^|[^a-z0-9-])${escapeRegExp(code)}(?![a-z0-9-])`).test(text)
}

export function mentionedApiCodes(instructions: string, apiCodes: readonly string[]): string[] {
  return apiCodes.filter((code) => mentionsCode(instructions, code)).sort()
}

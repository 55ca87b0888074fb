/** Which API codes an assistant's instructions name (for dependency order): the rename warning's rule. */
import { mentionsCode } from '@/lib/code-mentions'

export function mentionedApiCodes(instructions: string, apiCodes: readonly string[]): string[] {
  return apiCodes.filter((code) => mentionsCode(instructions, code)).sort()
}

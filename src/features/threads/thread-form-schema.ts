/** The thread form: user_id and content (a JSON object edited as JSON text), checked with the contract's rules. */
import { z } from 'zod'
import { threadWriteSchema, type Thread, type ThreadWrite } from '@/contract/thread'
import { isPlainObject } from '@/contract/common'
import { sameValue } from '@/lib/edit/merge'

export function parseContent(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(text)
    return isPlainObject(value) ? { ok: true, value } : { ok: false, error: 'Expected a JSON object.' }
  } catch (e) {
    return { ok: false, error: `Invalid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
}

function toUserId(raw: string): string | null {
  return raw.trim() === '' ? null : raw.trim()
}

export const threadFormSchema = z.object({ user_id: z.string(), content: z.string() }).superRefine((v, ctx) => {
  // Each field is checked on its own, so every problem shows at once.
  const userId = threadWriteSchema.shape.user_id.safeParse(toUserId(v.user_id))
  if (!userId.success)
    ctx.addIssue({ code: 'custom', path: ['user_id'], message: userId.error.issues[0]?.message ?? 'Invalid user ID.' })
  const content = parseContent(v.content)
  if (!content.ok) return void ctx.addIssue({ code: 'custom', path: ['content'], message: content.error })
  const checked = threadWriteSchema.shape.content.safeParse(content.value)
  if (!checked.success)
    ctx.addIssue({ code: 'custom', path: ['content'], message: checked.error.issues[0]?.message ?? 'Invalid content.' })
})
export type ThreadFormValues = z.infer<typeof threadFormSchema>

export const THREAD_FORM_FIELDS = ['user_id', 'content'] as const
export const THREAD_FIELD_LABELS = { user_id: 'User ID', content: 'Content' } as const
export const EMPTY_THREAD_FORM: ThreadFormValues = {
  user_id: '',
  content: JSON.stringify({ channel: 'webchat' }, null, 2),
}

export function toThreadFormValues(thread: Thread): ThreadFormValues {
  return { user_id: thread.user_id ?? '', content: JSON.stringify(thread.content, null, 2) }
}

/** Content compares by meaning (spacing aside); user ids as typed, trimmed. */
export function equalThreadField(a: unknown, b: unknown, field?: string): boolean {
  if (field === 'content' && typeof a === 'string' && typeof b === 'string') {
    const pa = parseContent(a)
    const pb = parseContent(b)
    if (pa.ok && pb.ok) return sameValue(pa.value, pb.value)
  }
  if (field === 'user_id' && typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim()
  return sameValue(a, b)
}

export function toThreadWrite(values: ThreadFormValues): ThreadWrite {
  const content = parseContent(values.content)
  // The resolver has checked the text; this only narrows the type.
  if (!content.ok) throw new Error(content.error)
  return { user_id: toUserId(values.user_id), content: content.value }
}

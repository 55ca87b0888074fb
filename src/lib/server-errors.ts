/**
 * Puts a DRF error answer where it belongs: each field's messages on that field
 * of the form (react-hook-form setError), the rest returned for a banner.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError, errorMessage } from '@/api/api-error'

export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string[] {
  if (!isApiError(error)) return [errorMessage(error)]
  const banner: string[] = [...error.nonFieldErrors]
  // Focus goes to the first field with an error (react-hook-form focuses on every call that asks).
  let focused = banner.length > 0
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    // A nested path (e.g. `extensions.0.parameters.kb_url`) goes to that input when its top field is the form's.
    const known = fields.find((f) => field === f || field.startsWith(`${f}.`))
    if (known) {
      setError(field as Path<T>, { type: 'server', message: messages.join(' ') }, { shouldFocus: !focused })
      focused = true
    } else banner.push(`${field}: ${messages.join(' ')}`)
  }
  if (error.detail) banner.push(error.detail)
  if (banner.length === 0 && !error.hasFieldErrors) banner.push(error.message)
  return banner
}

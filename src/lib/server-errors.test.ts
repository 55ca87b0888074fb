/** DRF error answers placed at the form's fields, the rest returned for the banner. */
import { describe, expect, it, vi } from 'vitest'
import type { UseFormSetError } from 'react-hook-form'
import { ApiError } from '@/api/api-error'
import { applyServerErrors } from './server-errors'

interface Values {
  name: string
  temperature: number
}
const fields = ['name', 'temperature'] as const

function setup() {
  const setError = vi.fn<UseFormSetError<Values>>()
  return { setError, apply: (e: unknown) => applyServerErrors<Values>(e, setError, fields) }
}

describe('applyServerErrors', () => {
  it('puts each known field’s messages on that field with type "server", and no banner', () => {
    const { setError, apply } = setup()
    const banner = apply(ApiError.fromResponse(400, { name: ['Required.', 'Too short.'], temperature: ['Max 2.'] }))
    expect(banner).toEqual([])
    expect(setError).toHaveBeenCalledTimes(2)
    expect(setError).toHaveBeenCalledWith(
      'name',
      { type: 'server', message: 'Required. Too short.' },
      expect.objectContaining({ shouldFocus: true }),
    )
    expect(setError).toHaveBeenCalledWith('temperature', { type: 'server', message: 'Max 2.' }, expect.anything())
  })

  it('sends unknown fields, non_field_errors and detail to the banner', () => {
    const { setError, apply } = setup()
    const banner = apply(
      ApiError.fromResponse(400, {
        name: ['Taken.'],
        slug: ['Unknown field.'],
        non_field_errors: ['Name and slug clash.'],
      }),
    )
    expect(setError).toHaveBeenCalledTimes(1)
    expect(setError).toHaveBeenCalledWith('name', { type: 'server', message: 'Taken.' }, expect.anything())
    expect(banner).toEqual(['Name and slug clash.', 'slug: Unknown field.'])
  })

  it('sends detail to the banner', () => {
    const { setError, apply } = setup()
    expect(apply(ApiError.fromResponse(400, { detail: 'Malformed request.' }))).toEqual(['Malformed request.'])
    expect(setError).not.toHaveBeenCalled()
  })

  it('names nested field errors in the banner rather than guessing a field', () => {
    const { setError, apply } = setup()
    const banner = apply(ApiError.fromResponse(400, { headers: [{}, { value: ['Required.'] }] }))
    expect(setError).not.toHaveBeenCalled()
    expect(banner).toEqual(['headers.1.value: Required.'])
  })

  it('sets no field error for a non-DRF body (a 422 {error: ...}), and says what the server said', () => {
    const { setError, apply } = setup()
    const error = ApiError.fromResponse(422, { error: { message: 'x' } })
    expect(error.hasFieldErrors).toBe(false)
    const banner = apply(error)
    expect(setError).not.toHaveBeenCalled()
    expect(banner).toEqual([error.message])
    expect(banner[0]).toContain('x')
  })

  it('does not mistake a body key named like a field for a field error when the body is not DRF', () => {
    const { setError, apply } = setup()
    // `name` is a string, not a list of messages: not DRF-shaped.
    apply(ApiError.fromResponse(400, { name: 'ValidationError', message: 'bad' }))
    expect(setError).not.toHaveBeenCalled()
  })

  it('returns the status line for an empty error answer', () => {
    const { setError, apply } = setup()
    expect(apply(ApiError.fromResponse(400, {}))).toEqual(['400 Bad request'])
    expect(setError).not.toHaveBeenCalled()
  })

  it('returns the message of anything that is not an ApiError', () => {
    const { setError, apply } = setup()
    expect(apply(new Error('boom'))).toEqual(['boom'])
    expect(apply('plain')).toEqual(['plain'])
    expect(setError).not.toHaveBeenCalled()
  })

  it('does not focus a field when a banner message comes first', () => {
    const { setError, apply } = setup()
    apply(ApiError.fromResponse(400, { non_field_errors: ['Clash.'], name: ['Taken.'] }))
    expect(setError).toHaveBeenCalledWith('name', expect.anything(), { shouldFocus: false })
  })

  // Regression: focus once landed on the last field with an error instead of the first.
  it('asks to focus only the first field with an error', () => {
    const { setError, apply } = setup()
    apply(ApiError.fromResponse(400, { name: ['Taken.'], temperature: ['Max 2.'] }))
    expect(setError.mock.calls.map(([field, , options]) => [field, options?.shouldFocus])).toEqual([
      ['name', true],
      ['temperature', false],
    ])
  })
})

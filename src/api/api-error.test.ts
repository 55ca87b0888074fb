import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'

describe('ApiError.fromResponse', () => {
  it('puts DRF field errors at their fields', () => {
    const e = ApiError.fromResponse(400, { code: ['assistant with this code already exists.'] })
    expect(e.fieldErrors).toEqual({ code: ['assistant with this code already exists.'] })
    expect(e.hasFieldErrors).toBe(true)
    expect(e.message).toBe('code: assistant with this code already exists.')
  })

  it('uses a DRF detail as the message', () => {
    const e = ApiError.fromResponse(401, { detail: 'Invalid or expired token.' })
    expect(e.kind).toBe('auth')
    expect(e.detail).toBe('Invalid or expired token.')
    expect(e.message).toBe('Invalid or expired token.')
  })

  it('never spreads a 422 {"error": {...}} over form fields', () => {
    const e = ApiError.fromResponse(422, { error: { input: 'must be an object' }, message: 'Validation failed' })
    expect(e.fieldErrors).toEqual({})
    expect(e.hasFieldErrors).toBe(false)
    expect(e.message).toBe('422 Unprocessable entity: Validation failed')
  })

  it('turns an HTML 502 page from a proxy into one general message', () => {
    const e = ApiError.fromResponse(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>')
    expect(e.fieldErrors).toEqual({})
    expect(e.nonFieldErrors).toEqual([])
    expect(e.message).toBe('502 Bad gateway: The server answered an HTML page: “502 Bad Gateway”.')
  })

  it('shows a plain-text body as the message', () => {
    const e = ApiError.fromResponse(503, 'upstream connect error', 'Service Unavailable')
    expect(e.hasFieldErrors).toBe(false)
    expect(e.message).toBe('503 Service Unavailable: upstream connect error')
  })

  it('falls back to the status when the body says nothing', () => {
    expect(ApiError.fromResponse(500, null).message).toBe('500 Server error')
    expect(ApiError.fromResponse(418, { teapot: true }).message).toBe('418 Error')
  })
})

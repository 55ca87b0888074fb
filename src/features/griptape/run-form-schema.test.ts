/** The run form: args as JSON, `_mock` only against a mock, and the server's error paths at the form's fields. */
import { describe, expect, it } from 'vitest'
import { griptapeErrorReader } from '@/api/resources/griptape/errors'
import { EMPTY_RUN_FORM, parseArgs, runFieldName, runFormSchema, toRunCreate } from './run-form-schema'
import { parseEventData } from './run/event-stream'

describe('run form', () => {
  it('reads args as a JSON array of strings, empty as none', () => {
    expect(parseArgs('')).toEqual({ ok: true, args: [] })
    expect(parseArgs('["a", "b"]')).toEqual({ ok: true, args: ['a', 'b'] })
    expect(parseArgs('[1]').ok).toBe(false)
    expect(parseArgs('{').ok).toBe(false)
    expect(runFormSchema.safeParse({ ...EMPTY_RUN_FORM, args: '"x"' }).success).toBe(false)
    expect(runFormSchema.safeParse({ ...EMPTY_RUN_FORM, chunks: '51' }).success).toBe(false)
  })

  it('sends _mock only to a mock, with only what was set', () => {
    const values = { ...EMPTY_RUN_FORM, input: 'hi', args: '["x"]', outcome: 'HANG' as const, chunks: '3' }
    expect(toRunCreate(values, false)).toEqual({ input: 'hi', args: ['x'], stream: true })
    expect(toRunCreate(values, true)).toEqual({
      input: 'hi',
      args: ['x'],
      stream: true,
      _mock: { outcome: 'HANG', hang_status: 'RUNNING', chunks: 3 },
    })
    expect(toRunCreate(EMPTY_RUN_FORM, true)).not.toHaveProperty('_mock')
  })

  it("puts Griptape's field errors at the form's fields, the rest in the banner", () => {
    const read = griptapeErrorReader(runFieldName)
    const error = read(
      400,
      {
        type: 'ValidationError',
        errors: [
          { field: '_mock.delay_ms', message: 'Must be at most 60000.' },
          { field: 'args.1', message: 'Must be a string.' },
          { field: 'thread_id', message: 'Must be a UUID.' },
          { message: 'Try again.' },
        ],
      },
      'Bad Request',
    )
    expect(error?.fieldErrors).toEqual({
      delayMs: ['Must be at most 60000.'],
      args: ['Must be a string.'],
      thread_id: ['Must be a UUID.'],
    })
    expect(error?.nonFieldErrors).toEqual(['Try again.'])
    expect(error?.status).toBe(400)
    expect(read(500, '<html>', 'Server Error')).toBeNull()
    expect(read(401, { type: 'UnauthorizedError', errors: [] }, '')?.kind).toBe('auth')
  })

  it('parses stream events, refusing broken ones', () => {
    const e = {
      event_id: 'e',
      assistant_run_id: 'r',
      type: 'T',
      origin: 'O',
      payload: {},
      timestamp: 1,
      created_at: 't',
    }
    expect(parseEventData(JSON.stringify(e), 'T')).toEqual(e)
    expect(() => parseEventData('{', 'T')).toThrow(/not JSON/)
    expect(() => parseEventData('{}', 'T')).toThrow(/contract/)
  })
})

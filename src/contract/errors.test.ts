import { describe, expect, it } from 'vitest'
import { describeForeignBody, readDrfBody } from './errors'

describe('readDrfBody', () => {
  it('reads field errors, non-field errors and detail', () => {
    expect(readDrfBody({ code: ['taken'], non_field_errors: ['bad'] })).toEqual({
      fieldErrors: { code: ['taken'] },
      nonFieldErrors: ['bad'],
      detail: null,
    })
    expect(readDrfBody({ detail: 'Not found.', code: 'not_found' })).toEqual({
      fieldErrors: {},
      nonFieldErrors: [],
      detail: 'Not found.',
    })
  })

  it('names errors of nested serializers by path', () => {
    expect(
      readDrfBody({ tools: { '0': ['A valid integer is required.'] }, items: [{}, { name: ['Required.'] }] }),
    ).toEqual({
      fieldErrors: { 'tools.0': ['A valid integer is required.'], 'items.1.name': ['Required.'] },
      nonFieldErrors: [],
      detail: null,
    })
  })

  it('reads a bare list of strings as non-field errors', () => {
    expect(readDrfBody(['Nope.'])?.nonFieldErrors).toEqual(['Nope.'])
  })

  it.each([
    ['a 422 with an error object', { error: { message: 'input must be an object', code: 422 } }],
    ['a problem+json body', { type: 'https://x/errors#X', title: 'Bad', status: 400, detail: 'Bad input' }],
    ['an HTML page', '<html><head><title>502 Bad Gateway</title></head></html>'],
    ['a plain string', 'upstream connect error'],
    ['a field whose value is a string', { code: 'taken' }],
    ['a list of numbers', [1, 2]],
    ['an empty object', {}],
    ['null', null],
  ])('is null for %s', (_what, body) => {
    expect(readDrfBody(body)).toBeNull()
  })
})

describe('describeForeignBody', () => {
  it('finds a message in common shapes', () => {
    expect(describeForeignBody({ error: { message: 'input must be an object' } })).toBe('input must be an object')
    expect(describeForeignBody({ error: 'invalid_client', error_description: 'Bad secret' })).toBe('Bad secret')
    expect(describeForeignBody('<!DOCTYPE html><title>502 Bad Gateway</title>')).toBe(
      'The server answered an HTML page: “502 Bad Gateway”.',
    )
    expect(describeForeignBody('x'.repeat(300))).toHaveLength(201)
    expect(describeForeignBody({ weird: 1 })).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { fileSlug } from './download'

describe('fileSlug', () => {
  it('makes a file name of a label', () => {
    expect(fileSlug('Local mock - production')).toBe('local-mock-production')
    expect(fileSlug('  acme staging!! ')).toBe('acme-staging')
    expect(fileSlug('***')).toBe('account')
  })
})

import { describe, expect, it } from 'vitest'
import { resolveIconSrc } from './icon-src'

describe('resolveIconSrc', () => {
  it('resolves a path against the connection, not the console origin', () => {
    expect(resolveIconSrc('/images/assistant.png', '/platforms/flowise')).toBe(
      '/platforms/flowise/images/assistant.png',
    )
    expect(resolveIconSrc('/images/a.svg', '/platforms/flowise/')).toBe('/platforms/flowise/images/a.svg')
    expect(resolveIconSrc('/images/a.svg', '/proxy/flowise')).toBe('/proxy/flowise/images/a.svg')
  })

  it('drops Flowise’s /api/v1 prefix: a Flowise server serves images from its root', () => {
    expect(resolveIconSrc('/images/a.svg', 'http://localhost:3000/api/v1')).toBe('http://localhost:3000/images/a.svg')
    expect(resolveIconSrc('/images/a.svg', 'https://flowise.acme.com/api/v1/')).toBe(
      'https://flowise.acme.com/images/a.svg',
    )
  })

  it('keeps data: and http(s) URLs as they are', () => {
    const data = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
    expect(resolveIconSrc(data, '/platforms/flowise')).toBe(data)
    expect(resolveIconSrc('https://cdn.example.com/a.png', '/platforms/flowise')).toBe('https://cdn.example.com/a.png')
  })

  it('refuses what is not an image address', () => {
    expect(resolveIconSrc('javascript:alert(1)', '')).toBeNull()
    expect(resolveIconSrc('//evil.example.com/a.png', '')).toBeNull()
    expect(resolveIconSrc('', '')).toBeNull()
    expect(resolveIconSrc(null, '')).toBeNull()
  })
})

import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_INACTIVITY_TIMEOUT_S, InactivityTimeoutSetting, parseTimeoutSeconds } from './inactivity-timeout'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  }
}

describe('inactivity timeout setting', () => {
  it('parses whole seconds in range only', () => {
    expect(parseTimeoutSeconds('5')).toBe(5)
    expect(parseTimeoutSeconds(' 3600 ')).toBe(3600)
    for (const bad of ['', '0', '3601', '1.5', '-2', 'abc', null]) expect(parseTimeoutSeconds(bad)).toBeNull()
  })

  it('defaults to 30 s, keeps a valid choice, ignores an invalid one, and survives a reload', () => {
    const storage = memoryStorage()
    const setting = new InactivityTimeoutSetting(storage)
    expect(setting.getSnapshot()).toBe(DEFAULT_INACTIVITY_TIMEOUT_S)
    const listener = vi.fn()
    setting.subscribe(listener)
    setting.set(5)
    expect(setting.getSnapshot()).toBe(5)
    expect(setting.ms).toBe(5000)
    expect(listener).toHaveBeenCalledTimes(1)
    setting.set(0)
    setting.set(1.5)
    expect(setting.getSnapshot()).toBe(5)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(new InactivityTimeoutSetting(storage).getSnapshot()).toBe(5)
  })

  it('falls back to the default on a stored value out of range, and works without storage', () => {
    const key = 'assistants-console:playground:inactivity-timeout-s'
    expect(new InactivityTimeoutSetting(memoryStorage({ [key]: '0' })).getSnapshot()).toBe(30)
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    const setting = new InactivityTimeoutSetting(broken)
    setting.set(7)
    expect(setting.getSnapshot()).toBe(7)
    const none = new InactivityTimeoutSetting(null)
    none.set(9)
    expect(none.getSnapshot()).toBe(9)
  })
})

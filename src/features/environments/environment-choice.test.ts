import { describe, expect, it } from 'vitest'
import type { Environment } from '@/api/console-config'
import {
  checkChoice,
  comparableEnvironments,
  completeChoice,
  deepdeskEnvironments,
  defaultChoice,
} from './environment-choice'

const env = (id: string, kind: Environment['kind'], platform: Environment['platform'] = 'deepdesk'): Environment => ({
  id,
  kind,
  platform,
  label: id,
  baseUrl: `/${id}`,
})

const mock = env('mock', 'mock')
const mockProd = env('mock-production', 'production')
const staging = env('staging', 'staging')
const flowise = env('mock-flowise', 'mock', 'flowise')
const all = [mock, staging, mockProd, flowise]

describe('comparableEnvironments', () => {
  it('keeps the active platform’s environments', () => {
    expect(comparableEnvironments(all, mock).map((e) => e.id)).toEqual(['mock', 'staging', 'mock-production'])
  })
  it('adds the active custom environment, which is not configured', () => {
    const custom = env('custom', 'custom')
    expect(comparableEnvironments(all, custom).map((e) => e.id)).toEqual([
      'custom',
      'mock',
      'staging',
      'mock-production',
    ])
  })
})

describe('defaultChoice', () => {
  const envs = comparableEnvironments(all, mock)
  it('puts the active one left and production (before staging) right', () => {
    expect(defaultChoice(envs, mock)).toEqual({ left: 'mock', right: 'mock-production' })
  })
  it('from production, proposes staging as the other side', () => {
    expect(defaultChoice(envs, mockProd)).toEqual({ left: 'mock-production', right: 'staging' })
  })
  it('is null with a single environment', () => {
    expect(defaultChoice([mock], mock)).toBeNull()
  })
})

describe('completeChoice', () => {
  const envs = comparableEnvironments(all, mock)
  it('fills both sides from the defaults', () => {
    expect(completeChoice({}, envs, mock)).toEqual({ left: 'mock', right: 'mock-production' })
  })
  it('keeps what the URL says', () => {
    expect(completeChoice({ left: 'staging', right: 'mock' }, envs, mock)).toEqual({ left: 'staging', right: 'mock' })
  })
  it('never fills the right with the left given in the URL', () => {
    expect(completeChoice({ left: 'mock-production' }, envs, mock)).toEqual({
      left: 'mock-production',
      right: 'mock',
    })
    expect(completeChoice({ left: 'mock' }, envs, mock)).toEqual({ left: 'mock', right: 'mock-production' })
  })
})

describe('checkChoice', () => {
  it('accepts two environments of one platform', () => {
    const checked = checkChoice({ left: 'mock', right: 'mock-production' }, all)
    expect(checked.ok && [checked.left.id, checked.right.id]).toEqual(['mock', 'mock-production'])
  })
  it('names unknown environments', () => {
    expect(checkChoice({ left: 'gone', right: 'mock' }, all)).toEqual({
      ok: false,
      problem: 'No environment called “gone” here.',
    })
  })
  it('refuses the same environment twice and two platforms', () => {
    expect(checkChoice({ left: 'mock', right: 'mock' }, all).ok).toBe(false)
    expect(checkChoice({ left: 'mock', right: 'mock-flowise' }, all)).toEqual({
      ok: false,
      problem: 'Only environments of the same platform can be compared.',
    })
  })
})

describe('deepdeskEnvironments', () => {
  it('uses the active connection when it is Deepdesk’s', () => {
    expect(deepdeskEnvironments(all, mockProd)?.active.id).toBe('mock-production')
  })
  it('falls back to the first Deepdesk environment from another platform', () => {
    const view = deepdeskEnvironments(all, flowise)
    expect(view?.active.id).toBe('mock')
    expect(view?.environments.map((e) => e.id)).toEqual(['mock', 'staging', 'mock-production'])
    expect(deepdeskEnvironments([flowise], flowise)).toBeNull()
  })
})

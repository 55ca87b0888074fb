/**
 * Which two connections a comparison reads: left is the source of a promotion,
 * right its target. Only environments of one platform compare (a snapshot is
 * that platform's configuration); the defaults put the active connection on
 * the left and, on the right, the environment a change would go to next
 * (production first, then staging).
 */
import type { Environment } from '@/api/console-config'

export interface EnvironmentChoice {
  left: string
  right: string
}

export type CheckedChoice = { ok: true; left: Environment; right: Environment } | { ok: false; problem: string }

const NEXT_KIND_ORDER: Record<Environment['kind'], number> = { production: 0, staging: 1, mock: 2, custom: 3 }

/** The environments a comparison may pick from: the platform's configured ones, plus the active one (a custom URL is only known while active). */
export function comparableEnvironments(configured: readonly Environment[], active: Environment): Environment[] {
  const same = configured.filter((e) => e.platform === active.platform)
  return same.some((e) => e.id === active.id) ? same : [active, ...same]
}

/** Active on the left, the likeliest promotion target on the right; null when there is only one environment. */
export function defaultChoice(environments: readonly Environment[], active: Environment): EnvironmentChoice | null {
  const others = environments
    .filter((e) => e.id !== active.id)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => NEXT_KIND_ORDER[a.e.kind] - NEXT_KIND_ORDER[b.e.kind] || a.i - b.i)
  const right = others[0]?.e
  return right ? { left: active.id, right: right.id } : null
}

/** Fills what the URL leaves out from the defaults. */
export function completeChoice(
  partial: Partial<EnvironmentChoice>,
  environments: readonly Environment[],
  active: Environment,
): EnvironmentChoice | null {
  const fallback = defaultChoice(environments, active)
  const left = partial.left ?? fallback?.left
  let right = partial.right ?? fallback?.right
  // Only the left was given and it is the default's right: pick the active one instead.
  if (partial.right === undefined && right === left) right = left === active.id ? fallback?.right : active.id
  return left !== undefined && right !== undefined ? { left, right } : null
}

export function checkChoice(choice: EnvironmentChoice, environments: readonly Environment[]): CheckedChoice {
  const left = environments.find((e) => e.id === choice.left)
  const right = environments.find((e) => e.id === choice.right)
  if (!left || !right) {
    const missing = [left ? null : choice.left, right ? null : choice.right].filter((x) => x !== null)
    return { ok: false, problem: `No environment called ${missing.map((m) => `“${m}”`).join(' or ')} here.` }
  }
  if (left.id === right.id) return { ok: false, problem: 'Pick two different environments to compare.' }
  if (left.platform !== right.platform)
    return { ok: false, problem: 'Only environments of the same platform can be compared.' }
  return { ok: true, left, right }
}

/**
 * The page compares Deepdesk accounts (a snapshot is Deepdesk's configuration): its
 * environments, and the one that stands for "active" in the defaults (the active
 * connection when it is Deepdesk's, else the first Deepdesk environment).
 */
export function deepdeskEnvironments(
  configured: readonly Environment[],
  active: Environment,
): { environments: Environment[]; active: Environment } | null {
  if (active.platform === 'deepdesk') return { environments: comparableEnvironments(configured, active), active }
  const environments = configured.filter((e) => e.platform === 'deepdesk')
  const first = environments[0]
  return first ? { environments, active: first } : null
}

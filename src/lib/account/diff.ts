/** Compares two snapshots item by item (stub: being implemented). */
import type { AccountDiff, AccountSnapshot } from './model'

export function diffAccounts(_left: AccountSnapshot, _right: AccountSnapshot): AccountDiff {
  const zero = { same: 0, differs: 0, 'only-left': 0, 'only-right': 0 }
  return { items: [], counts: { api: { ...zero }, assistant: { ...zero }, route: { ...zero } } }
}

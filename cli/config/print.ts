/**
 * Plans and apply reports as text for a terminal or a CI log. Header values
 * are never printed: secret fields say added / removed / differs.
 */
import type { ApplyReport, FieldDiff, Plan, PlanAction, PlanStep } from '@/lib/account/model'

const MARK: Record<PlanAction, string> = { create: '+', update: '~', delete: '-', unchanged: '=' }
const MAX_LINES = 12

function value(v: unknown): string {
  if (v === undefined) return '(none)'
  if (v === null) return 'not set'
  if (typeof v === 'string') return JSON.stringify(v)
  if (Array.isArray(v) && v.every((t) => typeof t === 'object' && t !== null && 'name' in t))
    return `[${v.map((t) => (t as { name: string }).name).join(', ')}]`
  return JSON.stringify(v)
}

/** Lines only in one text: enough to read what changed in instructions without a diff tool. */
function lineChanges(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  // Longest common subsequence over lines (instructions are short), in one flat table.
  const width = b.length + 1
  const table = new Array<number>((a.length + 1) * width).fill(0)
  const at = (i: number, j: number) => table[i * width + j] ?? 0
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (i < a.length && (j === b.length || at(i + 1, j) >= at(i, j + 1))) out.push(`- ${a[i++]}`)
    else out.push(`+ ${b[j++]}`)
  }
  return out.length > MAX_LINES ? [...out.slice(0, MAX_LINES), `… ${out.length - MAX_LINES} more changed lines`] : out
}

function secretText(f: FieldDiff): string {
  if (f.right === 'unknown') return 'value to be supplied'
  if (f.left === 'absent') return 'added (value not shown)'
  if (f.right === 'absent') return 'removed'
  return 'differs (value not shown)'
}

function fieldLines(step: PlanStep, f: FieldDiff): string[] {
  if (f.secret) return [`${f.field}: ${secretText(f)}`]
  if (f.field === 'instructions' && typeof f.right === 'string') {
    if (step.action === 'create') return [`instructions: ${f.right.split('\n').length} lines`]
    return ['instructions:', ...lineChanges(typeof f.left === 'string' ? f.left : '', f.right).map((l) => `  ${l}`)]
  }
  if (step.action === 'create') return [`${f.field}: ${value(f.right)}`]
  return [`${f.field}: ${value(f.left)} → ${value(f.right)}`]
}

export function countActions(plan: Plan): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, delete: 0, unchanged: 0 }
  for (const s of plan.steps) counts[s.action] += 1
  return counts
}

export function formatPlan(plan: Plan): string {
  const c = countActions(plan)
  const lines = [
    `Plan: ${plan.source} → ${plan.target}`,
    `  ${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged`,
    '',
  ]
  for (const step of plan.steps) {
    lines.push(`${MARK[step.action]} ${step.kind} ${step.title}  (${step.action})`)
    if (step.reason) lines.push(`    included: ${step.reason}`)
    if (step.action !== 'unchanged')
      for (const f of step.fields) lines.push(...fieldLines(step, f).map((l) => `    ${l}`))
    if (step.needsSecrets?.length) lines.push(`    header values needed: ${step.needsSecrets.join(', ')}`)
  }
  if (plan.steps.length === 0) lines.push('(nothing selected)')
  return `${lines.join('\n')}\n`
}

export function formatReport(report: ApplyReport): string {
  const counts = { done: 0, failed: 0, skipped: 0 }
  let unchanged = 0
  const lines: string[] = []
  for (const s of report.steps) {
    counts[s.outcome.status] += 1
    const o = s.outcome
    // Unchanged steps sent nothing: counted, not listed.
    if (s.action === 'unchanged' && o.status === 'done') {
      unchanged += 1
      continue
    }
    const detail = o.status === 'failed' ? o.message : o.status === 'skipped' ? o.reason : (o.note ?? '')
    lines.push(`${o.status.padEnd(7)} ${s.action.padEnd(6)} ${s.title}${detail ? `: ${detail}` : ''}`)
  }
  lines.push(
    '',
    `${counts.done - unchanged} done, ${counts.failed} failed, ${counts.skipped} skipped, ${unchanged} already the same`,
  )
  if (counts.failed + counts.skipped > 0) lines.push('Run the same apply again to apply what is left.')
  return `${lines.join('\n')}\n`
}

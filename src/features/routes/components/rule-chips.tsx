/** A JsonLogic rule as chips: each condition a chip, joined by AND / OR, nested groups in brackets. */
import { cn } from '@/lib/cn'
import { describeRule, ruleTree, type RuleNode } from '../json-logic'

export function RuleChips({ rule, className }: { rule: Record<string, unknown>; className?: string }) {
  if (Object.keys(rule).length === 0)
    return <span className={cn('text-sm text-muted italic', className)}>No conditions</span>
  return (
    <span
      className={cn('inline-flex flex-wrap items-center gap-1.5', className)}
      role="img"
      aria-label={describeRule(rule)}
    >
      <Node node={ruleTree(rule)} top />
    </span>
  )
}

function Node({ node, top = false }: { node: RuleNode; top?: boolean }) {
  if (node.kind === 'leaf') {
    return (
      <span className="rounded-md border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs whitespace-nowrap text-fg">
        {node.text}
      </span>
    )
  }
  if (node.kind === 'not') {
    return (
      <span className="inline-flex items-center gap-1.5">
        <span className="text-[11px] font-semibold text-danger">NOT</span>
        <Node node={node.child} />
      </span>
    )
  }
  const inner = node.children.map((c, i) => (
    <span key={i} className="inline-flex items-center gap-1.5">
      {i > 0 ? (
        <span className={cn('text-[11px] font-semibold', node.op === 'AND' ? 'text-accent' : 'text-warning')}>
          {node.op}
        </span>
      ) : null}
      <Node node={c} />
    </span>
  ))
  if (top) return <>{inner}</>
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 rounded-lg border border-dashed border-border px-1.5 py-1">
      {inner}
    </span>
  )
}

/** A thread's messages as a trace: one step per message, styled by role, tool calls with name, arguments and result. */
import { useState } from 'react'
import { Bot, Cog, Terminal, User, Wrench } from 'lucide-react'
import type { Message } from '@/contract/thread'
import { cn } from '@/lib/cn'
import { formatGap, toTrace, type TraceRole, type TraceStep } from '../thread-trace'

const roleStyle: Record<TraceRole, { label: string; icon: typeof Bot; dot: string; card: string; tag: string }> = {
  system: {
    label: 'System',
    icon: Cog,
    dot: 'bg-muted text-bg',
    card: 'border-dashed bg-surface-2/60',
    tag: 'text-muted',
  },
  user: { label: 'User', icon: User, dot: 'bg-accent text-accent-fg', card: 'bg-surface', tag: 'text-accent' },
  assistant: {
    label: 'Assistant',
    icon: Bot,
    dot: 'bg-success text-white dark:text-bg',
    card: 'bg-success/5 border-success/30',
    tag: 'text-success',
  },
  tool: {
    label: 'Tool',
    icon: Wrench,
    dot: 'bg-warning text-white dark:text-bg',
    card: 'bg-warning/5 border-warning/30',
    tag: 'text-warning',
  },
  other: { label: 'Other', icon: Terminal, dot: 'bg-surface-2 text-fg', card: 'bg-surface', tag: 'text-muted' },
}

export function MessageTrace({ messages }: { messages: Message[] }) {
  const steps = toTrace(messages)
  return (
    <ol
      aria-label="Messages"
      className="relative flex flex-col gap-4 before:absolute before:top-2 before:bottom-2 before:left-[13px] before:w-px before:bg-border"
    >
      {steps.map((s, i) => (
        <Step key={s.key} step={s} index={i + 1} />
      ))}
    </ol>
  )
}

function Step({ step, index }: { step: TraceStep; index: number }) {
  const style = roleStyle[step.role]
  const Icon = style.icon
  const label = step.role === 'other' ? step.rawRole : style.label
  return (
    <li
      className="relative flex gap-3"
      aria-label={`Step ${index}: ${label}${step.toolCall ? `, ${step.toolCall.name}` : ''}`}
    >
      <span
        className={cn(
          'z-10 mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full ring-4 ring-surface',
          style.dot,
        )}
      >
        <Icon className="size-3.5" aria-hidden />
      </span>
      <div className={cn('min-w-0 flex-1 rounded-lg border border-border px-3.5 py-2.5', style.card)}>
        <div className="flex items-center gap-2 text-xs">
          <span className={cn('font-semibold tracking-wide uppercase', style.tag)}>{label}</span>
          {step.toolCall ? (
            <code className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-[11px] text-fg">
              {step.toolCall.name}
            </code>
          ) : null}
          <span className="ml-auto flex items-center gap-2 text-muted tabular-nums">
            {step.sincePrevious !== null && step.sincePrevious > 0 ? (
              <span>{formatGap(step.sincePrevious)}</span>
            ) : null}
            {step.createdAt ? (
              <time dateTime={step.createdAt}>{new Date(step.createdAt).toLocaleTimeString()}</time>
            ) : null}
          </span>
        </div>
        {step.toolCall && (step.toolCall.arguments !== null || step.toolCall.result !== null) ? (
          <dl className="mt-2 grid gap-2 text-xs">
            {step.toolCall.arguments !== null ? (
              <div>
                <dt className="mb-1 font-medium text-muted">Arguments</dt>
                <dd>
                  <pre className="overflow-x-auto rounded-md bg-surface-2 p-2 font-mono whitespace-pre-wrap">
                    {step.toolCall.arguments}
                  </pre>
                </dd>
              </div>
            ) : null}
            {step.toolCall.result !== null ? (
              <div>
                <dt className="mb-1 font-medium text-muted">Result</dt>
                <dd>
                  <pre className="overflow-x-auto rounded-md bg-surface-2 p-2 font-mono whitespace-pre-wrap">
                    {step.toolCall.result}
                  </pre>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {step.content && !(step.role === 'tool' && step.toolCall?.result) ? (
          <StepContent text={step.content} mono={step.role === 'system' || step.content.startsWith('<')} />
        ) : step.content === '' && !step.toolCall ? (
          <p className="mt-1.5 text-sm text-muted italic">(empty)</p>
        ) : null}
      </div>
    </li>
  )
}

const LONG_LINES = 8

/** Long prompts (system, built user blocks) start folded so the trace stays scannable. */
function StepContent({ text, mono }: { text: string; mono: boolean }) {
  const lines = text.split('\n').length
  const long = lines > LONG_LINES || text.length > 900
  const [open, setOpen] = useState(false)
  const folded = long && !open
  return (
    <div className="mt-1.5">
      <p
        className={cn(
          'text-sm break-words whitespace-pre-wrap',
          mono && 'font-mono text-xs leading-relaxed',
          folded && 'max-h-32 overflow-hidden [mask-image:linear-gradient(to_bottom,black_60%,transparent)]',
        )}
      >
        {text}
      </p>
      {long ? (
        <button
          type="button"
          className="mt-1 text-xs font-medium text-accent hover:underline"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Show less' : `Show all (${lines} lines)`}
        </button>
      ) : null}
    </div>
  )
}

/** Searchable assistant combobox (cmdk in a Radix popover): type a code or name, arrows and Enter to pick. */
import { forwardRef, useState } from 'react'
import { Command } from 'cmdk'
import { Popover } from 'radix-ui'
import { Bot, Check, ChevronsUpDown } from 'lucide-react'
import type { Assistant } from '@/contract/assistant'
import { cn } from '@/lib/cn'

interface AssistantPickerProps {
  value: string | undefined
  onChange: (code: string) => void
  assistants: readonly Assistant[] | undefined
  loading: boolean
  error: string | null
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

export const AssistantPicker = forwardRef<HTMLButtonElement, AssistantPickerProps>(function AssistantPicker(
  { value, onChange, assistants, loading, error, ...aria },
  ref,
) {
  const [open, setOpen] = useState(false)
  const selected = assistants?.find((a) => a.code === value)
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          ref={ref}
          type="button"
          {...aria}
          className="flex h-9 w-full items-center gap-2 rounded-md border border-border bg-surface px-3 text-left text-sm shadow-sm hover:bg-surface-2 aria-[invalid=true]:border-danger"
        >
          <Bot className="size-4 shrink-0 text-muted" aria-hidden />
          {value ? (
            <span className="flex min-w-0 flex-1 items-baseline gap-2">
              <span className="truncate font-medium">{selected?.name ?? value}</span>
              <span className="truncate font-mono text-xs text-muted">{value}</span>
            </span>
          ) : (
            <span className="flex-1 text-muted">Choose an assistant…</span>
          )}
          <ChevronsUpDown className="size-4 shrink-0 text-muted" aria-hidden />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 w-[var(--radix-popover-trigger-width)] min-w-72 overflow-hidden rounded-lg border border-border bg-surface shadow-xl"
        >
          <Command label="Assistants" loop>
            <Command.Input
              aria-label="Search assistants"
              placeholder="Search by code or name…"
              className="h-10 w-full border-b border-border bg-transparent px-3 text-sm outline-none placeholder:text-muted"
            />
            <Command.List aria-label="Assistants" className="max-h-72 overflow-auto p-1">
              {loading ? (
                <Command.Loading className="p-3 text-sm text-muted">Loading assistants…</Command.Loading>
              ) : null}
              {error ? <p className="p-3 text-sm text-danger">Could not load assistants: {error}</p> : null}
              <Command.Empty className="p-3 text-sm text-muted">No assistant matches.</Command.Empty>
              {(assistants ?? []).map((a) => (
                <Command.Item
                  key={a.code}
                  value={a.code}
                  keywords={[a.name]}
                  onSelect={() => {
                    onChange(a.code)
                    setOpen(false)
                  }}
                  className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-accent/10"
                >
                  <Check className={cn('size-3.5 shrink-0 text-accent', a.code !== value && 'invisible')} aria-hidden />
                  <span className="min-w-0 flex-1 truncate">{a.name}</span>
                  <span className="max-w-[45%] truncate font-mono text-xs text-muted">{a.code}</span>
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
})

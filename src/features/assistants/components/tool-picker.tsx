/**
 * Chooses an assistant's tools from the catalogue: a searchable, keyboard-operable
 * combobox (cmdk inside a Radix popover) that previews the highlighted tool
 * (description, parameters, example usage) before it is added, and the chosen
 * tools as removable chips. Ids the catalogue does not know are kept and shown.
 */
import { useMemo, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Command, useCommandState } from 'cmdk'
import { Popover } from 'radix-ui'
import { Check, Plus, Wrench, X } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { toolQueries } from '@/api/resources/tools'
import { describeTool, type ToolDescription } from '@/contract/tool'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'

export interface CatalogueTool extends ToolDescription {
  id: number
}

/** The catalogue as descriptions, plus a lookup that names unknown ids instead of dropping them. */
export function useToolCatalogue() {
  const client = useApiClient()
  const query = useQuery(toolQueries.list(client))
  const tools = useMemo<CatalogueTool[]>(
    () => (query.data ?? []).map((t) => ({ id: t.id, ...describeTool(t) })),
    [query.data],
  )
  const byId = useMemo(() => new Map(tools.map((t) => [t.id, t])), [tools])
  const nameOf = (id: number) => byId.get(id)?.name ?? `Unknown tool #${id}`
  return { query, tools, byId, nameOf }
}

interface ToolPickerProps {
  value: number[]
  onChange: (next: number[]) => void
  disabled?: boolean
  labelId: string
  describedBy?: string | undefined
}

export function ToolPicker({ value, onChange, disabled, labelId, describedBy }: ToolPickerProps) {
  const { query, tools, byId } = useToolCatalogue()
  const [open, setOpen] = useState(false)
  // Our own filtering: cmdk's built-in one leaves aria-activedescendant pointing
  // at an item it has just unmounted (cmdk 1.1), which screen readers trip over.
  const [search, setSearch] = useState('')
  const needle = search.trim().toLowerCase()
  const shown =
    needle === ''
      ? tools
      : tools.filter((t) => t.name.toLowerCase().includes(needle) || t.description.toLowerCase().includes(needle))
  const addRef = useRef<HTMLButtonElement>(null)
  const chosen = new Set(value)

  const toggle = (id: number) => {
    onChange(chosen.has(id) ? value.filter((v) => v !== id) : [...value, id])
    setOpen(false)
  }
  const remove = (id: number) => {
    onChange(value.filter((v) => v !== id))
    // The chip (and its button) disappears: keep keyboard focus in the field.
    addRef.current?.focus()
  }

  return (
    <div className="flex flex-col gap-2" role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen tools">
          {value.map((id) => {
            const tool = byId.get(id)
            const unknown = !tool && query.isSuccess
            return (
              <li
                key={id}
                title={tool?.description}
                className={cn(
                  'inline-flex h-7 items-center gap-1 rounded-md border pr-0.5 pl-2 font-mono text-xs',
                  unknown ? 'border-warning/40 bg-warning/10 text-warning' : 'border-border bg-surface-2',
                )}
              >
                <Wrench className="size-3 text-muted" aria-hidden />
                {tool ? tool.name : query.isPending ? `#${id}` : `Unknown tool #${id}`}
                {disabled ? null : (
                  <button
                    type="button"
                    aria-label={`Remove ${tool?.name ?? `Unknown tool #${id}`}`}
                    className="ml-0.5 rounded p-0.5 text-muted hover:bg-border hover:text-fg"
                    onClick={() => remove(id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Backspace' || e.key === 'Delete') {
                        e.preventDefault()
                        remove(id)
                      }
                    }}
                  >
                    <X className="size-3" aria-hidden />
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">No tools: the assistant only answers from its instructions.</p>
      )}
      <Popover.Root
        open={open}
        onOpenChange={(o) => {
          setOpen(o)
          if (o) setSearch('')
        }}
      >
        <Popover.Trigger asChild>
          <Button ref={addRef} size="sm" className="w-fit" disabled={disabled}>
            <Plus className="size-4" aria-hidden /> Add tool
          </Button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={6}
            collisionPadding={12}
            aria-label="Tool catalogue"
            className="z-50 w-[min(94vw,44rem)] overflow-hidden rounded-lg border border-border bg-surface shadow-xl"
          >
            <Command label="Search tools" loop shouldFilter={false}>
              <div className="border-b border-border">
                <Command.Input
                  value={search}
                  onValueChange={setSearch}
                  placeholder="Search tools by name or description…"
                  className="h-10 w-full bg-transparent px-3 text-sm outline-none placeholder:text-muted"
                />
              </div>
              <div className="grid grid-cols-1 sm:grid-cols-[16rem_1fr]">
                <Command.List label="Tools" className="max-h-80 overflow-auto border-border p-1 sm:border-r">
                  {query.isPending ? <Command.Loading>Loading tools…</Command.Loading> : null}
                  {query.isError ? (
                    <p className="p-3 text-sm text-danger">Could not load the tool catalogue: {query.error.message}</p>
                  ) : null}
                  <Command.Empty className="p-3 text-sm text-muted">No tool matches.</Command.Empty>
                  {shown.map((t) => (
                    <Command.Item
                      key={t.id}
                      value={itemValue(t)}
                      onSelect={() => toggle(t.id)}
                      className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-accent/10 data-[selected=true]:text-fg"
                    >
                      <span className="flex size-4 items-center justify-center">
                        {chosen.has(t.id) ? <Check className="size-3.5 text-accent" aria-label="added" /> : null}
                      </span>
                      <span className="truncate font-mono text-[13px]">{t.name}</span>
                    </Command.Item>
                  ))}
                </Command.List>
                <HighlightedTool tools={tools} chosen={chosen} />
              </div>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  )
}

const itemValue = (t: CatalogueTool) => `${t.name} #${t.id}`

/** The tool under the keyboard highlight, read from cmdk's own state (its controlled mode lags a render behind). */
function HighlightedTool({ tools, chosen }: { tools: CatalogueTool[]; chosen: Set<number> }) {
  const value = useCommandState((state) => state.value)
  const tool = tools.find((t) => itemValue(t) === value)
  return (
    <>
      {tool ? <ToolPreview tool={tool} added={chosen.has(tool.id)} /> : <div />}
      <p className="border-t border-border px-3 py-1.5 text-xs text-muted sm:col-span-2">
        ↑↓ to browse · Enter to {tool && chosen.has(tool.id) ? 'remove' : 'add'} · Esc to close
      </p>
    </>
  )
}

function ToolPreview({ tool, added }: { tool: CatalogueTool; added: boolean }) {
  return (
    <div className="hidden flex-col gap-3 p-4 text-sm sm:flex">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-mono font-semibold">{tool.name}</h3>
        {added ? <span className="text-xs text-success">Added</span> : null}
      </div>
      {tool.description ? <p className="text-muted">{tool.description}</p> : null}
      <div>
        <h4 className="mb-1 text-xs font-medium tracking-wide text-muted uppercase">Parameters</h4>
        {tool.parameters.length === 0 ? (
          <p className="text-xs text-muted">None.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {tool.parameters.map((p) => (
              <li key={p.name} className="text-xs">
                <code className="font-semibold">{p.name}</code> <span className="text-muted">{p.type}</span>
                {p.required ? <span className="ml-1 text-warning">required</span> : null}
                {p.description ? <span className="block text-muted">{p.description}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      {tool.exampleUsage ? (
        <div>
          <h4 className="mb-1 text-xs font-medium tracking-wide text-muted uppercase">Example usage in instructions</h4>
          <p className="rounded-md bg-surface-2 p-2 text-xs leading-relaxed whitespace-pre-wrap">{tool.exampleUsage}</p>
        </div>
      ) : null}
    </div>
  )
}

/** OpenAI's three assistant tools as checkboxes: each once, in the order the user turned them on. */
import { useId } from 'react'
import type { AssistantTool } from '@/contract/flowise/assistant-write'
import { cn } from '@/lib/cn'

const TOOLS: { id: AssistantTool; label: string; description: string }[] = [
  {
    id: 'function',
    label: 'Function calling',
    description: 'The model asks your application to call functions it defines.',
  },
  {
    id: 'code_interpreter',
    label: 'Code interpreter',
    description: 'Runs Python in a sandbox, on the files listed in tool resources.',
  },
  {
    id: 'file_search',
    label: 'File search',
    description: 'Searches the vector store named in tool resources.',
  },
]

interface ToolCheckboxesProps {
  value: AssistantTool[]
  onChange: (next: AssistantTool[]) => void
  onBlur?: () => void
  disabled?: boolean
  error?: string | undefined
}

export function ToolCheckboxes({ value, onChange, onBlur, disabled, error }: ToolCheckboxesProps) {
  const id = useId()
  const chosen = new Set(value)
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1.5 flex items-baseline gap-2 text-sm font-medium">
        Tools <code className="text-xs font-normal text-muted">tools</code>
      </legend>
      <div className="flex flex-col gap-2">
        {TOOLS.map((t) => (
          <label
            key={t.id}
            className={cn(
              'flex cursor-pointer gap-2.5 rounded-md border p-3 text-sm transition-colors',
              chosen.has(t.id) ? 'border-accent/50 bg-accent/5' : 'border-border hover:bg-surface-2/60',
              disabled && 'cursor-not-allowed opacity-60',
            )}
          >
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-accent"
              checked={chosen.has(t.id)}
              disabled={disabled}
              onBlur={onBlur}
              aria-label={`${t.label} (${t.id})`}
              aria-describedby={`${id}-${t.id}`}
              onChange={(e) => onChange(e.target.checked ? [...value, t.id] : value.filter((v) => v !== t.id))}
            />
            <span className="min-w-0 font-medium">
              {t.label} <code className="text-xs font-normal text-muted">{t.id}</code>
              <span id={`${id}-${t.id}`} className="mt-0.5 block text-xs font-normal text-muted">
                {t.description}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

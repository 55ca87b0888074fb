/**
 * Edits Api.headers (a JSON string) as name/value rows, or as raw JSON on
 * request. Values are credentials: password inputs, revealed one at a time by
 * an explicit "Show" toggle. Switching to JSON is an explicit reveal too.
 */
import { useId, useState } from 'react'
import { Braces, Eye, EyeOff, List, Plus, Trash2 } from 'lucide-react'
import { parseHeaders } from '@/contract/api'
import { Button } from '@/components/ui/button'
import { Input, Textarea } from '@/components/ui/input'
import { duplicateNames, headersFromRows, newRow, rowsFromHeaders, type HeaderRow } from '../api-headers'

interface HeadersEditorProps {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  error?: string | undefined
  disabled?: boolean
}

export function HeadersEditor({ value, onChange, onBlur, error, disabled }: HeadersEditorProps) {
  const id = useId()
  const initialRows = rowsFromHeaders(value)
  const [mode, setMode] = useState<'rows' | 'json'>(initialRows ? 'rows' : 'json')
  const [rows, setRows] = useState<HeaderRow[]>(initialRows ?? [])
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set())
  const [switchError, setSwitchError] = useState<string | null>(null)
  const dupes = duplicateNames(rows)

  const updateRows = (next: HeaderRow[]) => {
    setRows(next)
    onChange(headersFromRows(next))
  }
  const toggleReveal = (rowId: number) =>
    setRevealed((prev) => {
      const next = new Set(prev)
      if (next.has(rowId)) next.delete(rowId)
      else next.add(rowId)
      return next
    })
  const toRows = () => {
    const parsed = rowsFromHeaders(value)
    if (!parsed) {
      setSwitchError('Fix the JSON first: it must be an object of header names to string values.')
      return
    }
    setSwitchError(null)
    setRows(parsed)
    setRevealed(new Set())
    setMode('rows')
  }
  const toJson = () => {
    // Pretty-print so the JSON is easy to edit; the server keeps the string as sent.
    const parsed = parseHeaders(value)
    if (parsed) onChange(JSON.stringify(parsed, null, 2))
    setSwitchError(null)
    setMode('json')
  }

  const errorId = `${id}-error`
  const message = switchError ?? error
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={message ? errorId : `${id}-hint`}>
      <legend className="flex w-full items-center justify-between gap-2">
        <span className="flex items-baseline gap-2 text-sm font-medium">
          Headers <code className="text-xs font-normal text-muted">headers</code>
        </span>
        {mode === 'rows' ? (
          <Button size="sm" variant="ghost" onClick={toJson} disabled={disabled}>
            <Braces className="size-3.5" aria-hidden /> Edit as JSON
          </Button>
        ) : (
          <Button size="sm" variant="ghost" onClick={toRows} disabled={disabled}>
            <List className="size-3.5" aria-hidden /> Edit as rows
          </Button>
        )}
      </legend>
      <p id={`${id}-hint`} className="text-xs text-muted">
        Sent with every call_api request; they never enter the prompt. Values are secrets and stay hidden unless you
        show them.
      </p>
      {mode === 'json' ? (
        <Textarea
          aria-label="Headers JSON"
          rows={6}
          spellCheck={false}
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      ) : (
        <div className="flex flex-col gap-2">
          {rows.length === 0 ? (
            <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted">
              No headers: calls go out without credentials.
            </p>
          ) : null}
          {rows.map((row, i) => {
            const label = row.name.trim() || `header ${i + 1}`
            const shown = revealed.has(row.id)
            return (
              <div key={row.id} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto_auto] items-center gap-2">
                <Input
                  aria-label={`Name of header ${i + 1}`}
                  placeholder="Authorization"
                  value={row.name}
                  disabled={disabled}
                  autoComplete="off"
                  spellCheck={false}
                  className="font-mono text-[13px]"
                  onChange={(e) => updateRows(rows.map((r) => (r.id === row.id ? { ...r, name: e.target.value } : r)))}
                  onBlur={onBlur}
                />
                <Input
                  aria-label={`Value of ${label}`}
                  type={shown ? 'text' : 'password'}
                  placeholder="Bearer …"
                  value={row.value}
                  disabled={disabled}
                  autoComplete="new-password"
                  spellCheck={false}
                  className="font-mono text-[13px]"
                  onChange={(e) => updateRows(rows.map((r) => (r.id === row.id ? { ...r, value: e.target.value } : r)))}
                  onBlur={onBlur}
                />
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`${shown ? 'Hide' : 'Show'} value of ${label}`}
                  aria-pressed={shown}
                  onClick={() => toggleReveal(row.id)}
                >
                  {shown ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Remove ${label}`}
                  disabled={disabled}
                  onClick={() => updateRows(rows.filter((r) => r.id !== row.id))}
                >
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </div>
            )
          })}
          <div>
            <Button size="sm" onClick={() => updateRows([...rows, newRow()])} disabled={disabled}>
              <Plus className="size-3.5" aria-hidden /> Add header
            </Button>
          </div>
          {dupes.length > 0 ? (
            <p className="text-xs text-warning">
              Duplicate header names: {dupes.join(', ')}. Only the last one is kept.
            </p>
          ) : null}
        </div>
      )}
      {message ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-danger">
          {message}
        </p>
      ) : null}
    </fieldset>
  )
}

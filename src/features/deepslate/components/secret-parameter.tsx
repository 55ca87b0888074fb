/**
 * One secret parameter (`auth_token`, `secret_key`). A secret the server
 * holds is not in the page at all (no input, no attribute) until the user
 * shows it; then it is read from the server's copy, never from the form.
 * Replace turns it into an empty password input for a new value.
 */
import type { UseFormRegisterReturn } from 'react-hook-form'
import { Eye, EyeOff, RefreshCw } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'

interface SecretParameterProps {
  /** Accessible name, e.g. "Secret key of hook 1". */
  label: string
  /** The server holds a value this edit keeps unseen. */
  kept: boolean
  shown: boolean
  onToggle: () => void
  /** The server's value, read only when shown. */
  readServerValue: () => string | null
  onReplace: () => void
  register: UseFormRegisterReturn
  disabled?: boolean | undefined
  invalid?: boolean
  describedBy?: string | undefined
}

export function SecretParameter({
  label,
  kept,
  shown,
  onToggle,
  readServerValue,
  onReplace,
  register,
  disabled,
  invalid,
  describedBy,
}: SecretParameterProps) {
  const lower = label.charAt(0).toLowerCase() + label.slice(1)
  const toggle = (
    <Button
      size="icon"
      variant="ghost"
      aria-label={`${shown ? 'Hide' : 'Show'} ${lower}`}
      aria-pressed={shown}
      onClick={onToggle}
    >
      {shown ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
    </Button>
  )
  const replace = (
    <Button size="sm" variant="ghost" className="h-7" disabled={disabled} onClick={onReplace}>
      <RefreshCw className="size-3.5" aria-hidden /> Replace
      <span className="sr-only"> {lower}</span>
    </Button>
  )
  if (kept)
    return (
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-2">
        <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-border bg-surface-2 px-2.5">
          {shown ? (
            <Input
              aria-label={label}
              readOnly
              value={readServerValue() ?? ''}
              className="h-7 border-0 bg-transparent px-0 font-mono text-[13px] shadow-none"
            />
          ) : (
            <span className="font-mono text-[13px] text-muted">
              <span aria-hidden>••••••••</span>
              <span className="sr-only">{label} is hidden</span>
            </span>
          )}
          {replace}
        </div>
        {toggle}
      </div>
    )
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-2">
      <Input
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        disabled={disabled}
        className="font-mono text-[13px]"
        {...register}
      />
      {toggle}
    </div>
  )
}

/** Controls of the assistant form that pair two widgets or need their own labelling. */
import { useId, type ReactNode } from 'react'
import { Slider } from 'radix-ui'
import { Switch } from '@/components/ui/switch'
import { Input } from '@/components/ui/input'

interface DecimalControlProps {
  label: string
  apiName: string
  hint: string
  value: number
  onChange: (v: number) => void
  onBlur: () => void
  error?: string | undefined
  disabled?: boolean
}

/** A 0..1 value with step 0.01: a slider for feel, a number input for precision. */
export function DecimalControl({
  label,
  apiName,
  hint,
  value,
  onChange,
  onBlur,
  error,
  disabled,
}: DecimalControlProps) {
  const id = useId()
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  const sliderValue = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="flex items-baseline gap-2 text-sm font-medium">
        {label} <code className="text-xs font-normal text-muted">{apiName}</code>
      </label>
      <div className="flex items-center gap-3">
        <Slider.Root
          className="relative flex h-5 flex-1 touch-none items-center select-none data-[disabled]:opacity-50"
          min={0}
          max={1}
          step={0.01}
          value={[sliderValue]}
          onValueChange={([v]) => onChange(Math.round((v ?? 0) * 100) / 100)}
          onValueCommit={onBlur}
          disabled={disabled}
        >
          <Slider.Track className="relative h-1.5 grow rounded-full bg-border">
            <Slider.Range className="absolute h-full rounded-full bg-accent" />
          </Slider.Track>
          <Slider.Thumb
            aria-label={`${label} slider`}
            className="block size-4 rounded-full border border-accent bg-surface shadow focus-visible:outline-2 focus-visible:outline-accent"
          />
        </Slider.Root>
        <Input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.01}
          className="w-20 text-right tabular-nums"
          value={Number.isNaN(value) ? '' : value}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : e.target.valueAsNumber)}
          onBlur={onBlur}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  )
}

interface SwitchRowProps {
  label: string
  apiName: string
  description: ReactNode
  checked: boolean
  onChange: (v: boolean) => void
  disabled?: boolean
}

export function SwitchRow({ label, apiName, description, checked, onChange, disabled }: SwitchRowProps) {
  const id = useId()
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-desc`} className="text-xs text-muted">
          <code>{apiName}</code> · {description}
        </p>
      </div>
      <Switch
        id={id}
        checked={checked}
        onCheckedChange={onChange}
        disabled={disabled}
        aria-describedby={`${id}-desc`}
        className="mt-0.5"
      />
    </div>
  )
}

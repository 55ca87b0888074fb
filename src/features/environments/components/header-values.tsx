/**
 * Header values for APIs the plan creates: the target cannot get them from the
 * source (they are never read), so the user types them here, masked, or
 * creates the API without them (flagged in the report). Inputs are
 * uncontrolled: a typed value goes to the session's memory and is never
 * written back into the page as an attribute.
 */
import { useState } from 'react'
import { Eye, EyeOff } from 'lucide-react'
import type { PlanStep } from '@/lib/account/model'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { PromotionSession } from '../promotion-session'

export function HeaderValues({
  steps,
  session,
  withoutValues,
  preset,
  disabled,
}: {
  steps: PlanStep[]
  session: PromotionSession
  withoutValues: ReadonlySet<string>
  /** Headers whose value came with the input (a bundle's literal values). */
  preset: Readonly<Record<string, readonly string[]>>
  disabled: boolean
}) {
  if (steps.length === 0) return null
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-sm font-semibold">Header values</h3>
      <p className="text-xs text-muted">
        Header values are never read from the source. Type them for the target, or create the API without them and set
        them later on its page. They stay in this tab’s memory only.
      </p>
      {steps.map((step) => {
        const without = withoutValues.has(step.key)
        return (
          <fieldset key={step.id} className="flex flex-col gap-2 rounded-md border border-border p-3">
            <legend className="px-1 font-mono text-[13px]">{step.key}</legend>
            {(step.needsSecrets ?? []).map((header) =>
              preset[step.key]?.includes(header) ? (
                <p key={header} className="text-sm">
                  <span className="font-mono text-[13px]">{header}</span>: value from the bundle file
                </p>
              ) : (
                <SecretInput
                  key={header}
                  header={header}
                  label={`${header} value for ${step.key}`}
                  disabled={disabled || without}
                  onChange={(v) => session.setSecret(step.key, header, v)}
                />
              ),
            )}
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-[var(--color-accent)]"
                checked={without}
                disabled={disabled}
                onChange={(e) => session.setWithoutValues(step.key, e.target.checked)}
              />
              {step.action === 'create'
                ? `Create ${step.key} without header values (flagged)`
                : `Keep the header values ${step.key} has on the target`}
            </label>
          </fieldset>
        )
      })}
    </div>
  )
}

function SecretInput({
  header,
  label,
  disabled,
  onChange,
}: {
  header: string
  label: string
  disabled: boolean
  onChange: (value: string) => void
}) {
  const [shown, setShown] = useState(false)
  return (
    <div className="flex items-center gap-2">
      <Input
        aria-label={label}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        disabled={disabled}
        placeholder={header}
        className="font-mono text-[13px]"
        onChange={(e) => onChange(e.target.value)}
      />
      <Button
        size="icon"
        variant="ghost"
        aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}
        aria-pressed={shown}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
      </Button>
    </div>
  )
}

/**
 * A case's assertions as form values (a field array, so Discard resets them):
 * add by type from a menu, negate, label, move up/down (focus follows the
 * moved assertion), remove. Each reads back as the runner will describe it.
 */
import { useId, useRef } from 'react'
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { DropdownMenu } from 'radix-ui'
import { ArrowDown, ArrowUp, ChevronDown, Plus, Trash2 } from 'lucide-react'
import { describeAssertion } from '@/lib/qa/describe-assertion'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { ASSERTION_TYPES, FIRST_FIELD, emptyDraft, fromDraft, typeLabel, type AssertionDraft } from '../assertion-draft'
import type { CaseFormValues } from '../case-form-schema'
import { AssertionFields } from './assertion-fields'

export function AssertionsEditor({ form }: { form: UseFormReturn<CaseFormValues> }) {
  const id = useId()
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'assertions' })
  const headingId = (key: string) => `${id}-a-${key}`
  // The field to focus once the menu has closed (the menu would otherwise put focus back on its button).
  const focusAfterAdd = useRef<string | null>(null)
  const section = useRef<HTMLElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  // Focus would fall to the page: move it to the assertion that took the removed one's place, or to Add.
  const removeAndFocus = (index: number) => {
    remove(index)
    requestAnimationFrame(() => {
      const buttons = section.current?.querySelectorAll<HTMLButtonElement>('[data-remove-assertion]') ?? []
      ;(buttons[index] ?? buttons[index - 1] ?? addButton.current)?.focus()
    })
  }

  const moveAndFocus = (from: number, to: number, key: string, dir: 'up' | 'down') => {
    move(from, to)
    requestAnimationFrame(() => {
      const same = document.getElementById(`${headingId(key)}-${dir}`)
      const other = document.getElementById(`${headingId(key)}-${dir === 'up' ? 'down' : 'up'}`)
      ;(same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus()
    })
  }

  return (
    <section ref={section} aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          Assertions <span className="font-normal text-muted">({fields.length})</span>
        </h3>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger asChild>
            <Button size="sm" ref={addButton}>
              <Plus className="size-3.5" aria-hidden /> Add assertion <ChevronDown className="size-3.5" aria-hidden />
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              onCloseAutoFocus={(e) => {
                const name = focusAfterAdd.current
                if (!name) return
                focusAfterAdd.current = null
                e.preventDefault()
                requestAnimationFrame(() => form.setFocus(name as `assertions.${number}.value`))
              }}
              align="end"
              sideOffset={6}
              className="z-50 max-h-96 min-w-64 overflow-auto rounded-lg border border-border bg-surface p-1 shadow-xl"
            >
              {ASSERTION_TYPES.map((t) => (
                <DropdownMenu.Item
                  key={t.type}
                  onSelect={() => {
                    focusAfterAdd.current = `assertions.${fields.length}.${FIRST_FIELD[t.type]}`
                    append(emptyDraft(t.type), { shouldFocus: false })
                  }}
                  className="cursor-pointer rounded-md px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent/10"
                >
                  {t.label}
                </DropdownMenu.Item>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-border px-3 py-4 text-center text-sm text-muted">
          No assertions yet: a run of this case would pass with any answer. Add what must hold.
        </p>
      ) : (
        <ol className="flex flex-col gap-3">
          {fields.map((field, index) => (
            <li key={field.id}>
              <AssertionItem
                form={form}
                index={index}
                count={fields.length}
                headingId={headingId(field.id)}
                onMove={(delta) => moveAndFocus(index, index + delta, field.id, delta < 0 ? 'up' : 'down')}
                onRemove={() => removeAndFocus(index)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function AssertionItem({
  form,
  index,
  count,
  headingId,
  onMove,
  onRemove,
}: {
  form: UseFormReturn<CaseFormValues>
  index: number
  count: number
  headingId: string
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}) {
  const draft = useWatch({ control: form.control, name: `assertions.${index}` }) as AssertionDraft | undefined
  if (!draft) return null
  const assertion = fromDraft(draft)
  const title = `${index + 1}. ${typeLabel(draft.type, draft.negate)}`
  return (
    <fieldset
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-md border border-border bg-surface-2/30 p-3"
    >
      <div className="flex items-start gap-2">
        <h4 id={headingId} className="min-w-0 flex-1 pt-1.5 text-sm font-medium">
          {title}
        </h4>
        <div className="flex shrink-0 items-center gap-1">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-[var(--accent)]"
              {...form.register(`assertions.${index}.negate`)}
            />
            Negate
          </label>
          <Button
            id={`${headingId}-up`}
            size="icon"
            variant="ghost"
            className="size-8"
            aria-label={`Move assertion ${index + 1} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp className="size-3.5" aria-hidden />
          </Button>
          <Button
            id={`${headingId}-down`}
            size="icon"
            variant="ghost"
            className="size-8"
            aria-label={`Move assertion ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown className="size-3.5" aria-hidden />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8 hover:text-danger"
            aria-label={`Remove assertion ${index + 1}`}
            data-remove-assertion
            onClick={onRemove}
          >
            <Trash2 className="size-3.5" aria-hidden />
          </Button>
        </div>
      </div>
      <AssertionFields form={form} index={index} type={draft.type} />
      <Field label="Label" hint="Optional: shown instead of the generated description.">
        <Input {...form.register(`assertions.${index}.label`)} autoComplete="off" />
      </Field>
      <p className="text-xs text-muted" aria-live="polite">
        Checks:{' '}
        {assertion ? (
          <span className="font-mono text-fg">{describeAssertion(assertion)}</span>
        ) : (
          <span className="text-warning">incomplete, see the fields above</span>
        )}
      </p>
    </fieldset>
  )
}

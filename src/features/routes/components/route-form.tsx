/**
 * The route form (create and edit): `tags` edited as JSON, parsed and checked
 * to be a JsonLogic rule, previewed readably and testable against sample tags.
 */
import { useId, useState, type ReactNode } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { routeWriteSchema, type RouteWrite } from '@/contract/route'
import { useWriteAccess } from '@/api/connection-context'
import { applyServerErrors } from '@/lib/server-errors'
import { CodeEditor } from '@/components/editor/code-editor'
import { Button } from '@/components/ui/button'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { Panel } from '@/components/ui/page'
import { describeRule, parseJsonObjectText, validateRule } from '../json-logic'
import { RuleChips } from './rule-chips'
import { RuleTester } from './rule-tester'

/** The editor holds text; it must parse to an object the contract accepts and be JsonLogic-shaped. */
const formSchema = z.object({
  tags: z.string().superRefine((text, ctx) => {
    const parsed = parseJsonObjectText(text)
    if (!parsed.ok) return void ctx.addIssue({ code: 'custom', message: parsed.error })
    const contract = routeWriteSchema.safeParse({ tags: parsed.value })
    if (!contract.success)
      return void ctx.addIssue({ code: 'custom', message: contract.error.issues[0]?.message ?? 'Invalid tags.' })
    const problem = validateRule(parsed.value)
    if (problem) ctx.addIssue({ code: 'custom', message: `Not a JsonLogic rule: ${problem}` })
  }),
})
type FormValues = z.infer<typeof formSchema>

export const EXAMPLE_RULE =
  '{\n  "and": [\n    { "==": [{ "var": "channel" }, "webchat"] },\n    { "in": [{ "var": "queue" }, ["subscriptions", "billing"]] }\n  ]\n}'

interface RouteFormProps {
  initialTags: Record<string, unknown> | null
  submitLabel: string
  onSubmit: (body: RouteWrite) => Promise<unknown>
  onCancel: () => void
  /** Extra actions (e.g. Delete) at the end of the button row. */
  extra?: ReactNode
}

export function RouteForm({ initialTags, submitLabel, onSubmit, onCancel, extra }: RouteFormProps) {
  const id = useId()
  const { canWrite, reason } = useWriteAccess()
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { tags: initialTags ? JSON.stringify(initialTags, null, 2) : EXAMPLE_RULE },
  })
  const [banner, setBanner] = useState<string[]>([])
  const text = useWatch({ control: form.control, name: 'tags' })
  const parsed = parseJsonObjectText(text)
  const rule = parsed.ok && validateRule(parsed.value) === null ? parsed.value : null
  const { isDirty, isSubmitting, errors } = form.formState

  const submit = form.handleSubmit(async (v) => {
    setBanner([])
    const value = parseJsonObjectText(v.tags)
    if (!value.ok) return
    try {
      await onSubmit({ tags: value.value })
    } catch (e) {
      setBanner(applyServerErrors(e, form.setError, ['tags']))
    }
  })

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Route"
      className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <UnsavedChangesGuard
        when={isDirty && !isSubmitting}
        message="You have unsaved changes to this route. Leaving discards them."
      />
      <Panel className="flex flex-col gap-4 p-5">
        <FormErrorBanner messages={banner} />
        <div className="flex flex-col gap-1.5">
          <span id={`${id}-label`} className="flex items-baseline gap-2 text-sm font-medium">
            Tags <code className="text-xs font-normal text-muted">tags</code>
          </span>
          <p id={`${id}-hint`} className="text-xs text-muted">
            A JsonLogic rule over the message tags, e.g. {'{"==": [{"var": "channel"}, "webchat"]}'}. Combine conditions
            with and / or.
          </p>
          <Controller
            control={form.control}
            name="tags"
            render={({ field }) => (
              <CodeEditor
                language="json"
                ariaLabel="Tags"
                height={260}
                value={field.value}
                onChange={field.onChange}
                readOnly={!canWrite}
                invalid={Boolean(errors.tags)}
                onSave={() => void submit()}
              />
            )}
          />
          {errors.tags?.message ? (
            <p role="alert" className="text-xs font-medium text-danger">
              {errors.tags.message}
            </p>
          ) : null}
        </div>
        <div className="rounded-md border border-border bg-surface-2/50 px-3 py-2.5">
          <h3 className="text-xs font-medium text-muted uppercase">Reads as</h3>
          <div className="mt-1.5 text-sm" aria-live="polite">
            {rule ? (
              <>
                <RuleChips rule={rule} />
                <p className="mt-2 font-mono text-xs text-muted">{describeRule(rule)}</p>
              </>
            ) : (
              <span className="text-muted">
                {parsed.ok ? `Not a JsonLogic rule: ${validateRule(parsed.value)}` : parsed.error}
              </span>
            )}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 border-t border-border pt-4">
          <Button type="submit" variant="primary" disabled={!canWrite || isSubmitting} title={reason ?? undefined}>
            {isSubmitting ? 'Saving…' : submitLabel}
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
          {isDirty && initialTags ? <span className="text-xs text-muted">Unsaved changes to tags</span> : null}
          {!canWrite ? <span className="text-xs text-muted">{reason}</span> : null}
          {extra ? <span className="ml-auto">{extra}</span> : null}
        </div>
      </Panel>
      <Panel className="p-5">
        <RuleTester rule={rule} />
      </Panel>
    </form>
  )
}

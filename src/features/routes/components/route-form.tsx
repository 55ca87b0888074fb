/**
 * The route's fields (create and edit): `tags` in a JSON editor, read back as
 * a sentence and testable against sample tags. The page owns the edit kit.
 */
import { useId } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Panel } from '@/components/ui/page'
import { describeRule, parseJsonObjectText, validateRule } from '../json-logic'
import type { RouteFormValues } from '../route-form-schema'
import { RuleChips } from './rule-chips'
import { RuleTester } from './rule-tester'

export function RouteFormFields({ form, readOnly }: { form: UseFormReturn<RouteFormValues>; readOnly: boolean }) {
  const id = useId()
  const text = useWatch({ control: form.control, name: 'tags' })
  const parsed = parseJsonObjectText(text)
  const rule = parsed.ok && validateRule(parsed.value) === null ? parsed.value : null
  return (
    <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Panel className="flex flex-col gap-4 p-5">
        <div className="flex flex-col gap-1.5">
          <span id={`${id}-label`} className="flex items-baseline gap-2 text-sm font-medium">
            Tags <code className="text-xs font-normal text-muted">tags</code>
          </span>
          <FormCodeEditor
            form={form}
            name="tags"
            language="json"
            ariaLabel="Tags"
            height={260}
            readOnly={readOnly}
            hint={
              'A JsonLogic rule over the message tags, e.g. {"==": [{"var": "channel"}, "webchat"]}. Combine conditions with and / or.'
            }
          />
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
      </Panel>
      <Panel className="p-5">
        <RuleTester rule={rule} />
      </Panel>
    </div>
  )
}

/**
 * The make-a-case step: which suite (or a new one), the case's name and
 * assistant, a pasted conversation when that is the source, and for a run the
 * suggested assertions to keep or drop. Saving adds the case (a new suite and
 * its first case are one write) and opens it in the case editor.
 */
import { useMemo } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { describeAssertion } from '@/lib/qa/describe-assertion'
import { suggestAssertions } from '@/lib/qa/suggest'
import { suiteStore, useSuites } from '@/lib/qa/suite-store'
import type { TestCase } from '@/lib/qa/suite-format'
import type { RunRecord } from '@/lib/run/run-model'
import { parseTranscript } from '@/lib/run/transcript'
import { Button } from '@/components/ui/button'
import { EditForm } from '@/components/edit/edit-form'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { seedFromPasted, type CaseSeed } from '../case-seed'
import { AssistantCodeField } from './assistant-code-field'

interface Values {
  /** '' = a new suite named `newSuiteName`. */
  suite: string
  newSuiteName: string
  name: string
  assistant: string
  pasted: string
  /** Per suggested assertion: kept? */
  keep: boolean[]
}
const FIELDS = ['suite', 'newSuiteName', 'name', 'assistant', 'pasted', 'keep'] as const
const LABELS = {
  suite: 'Suite',
  newSuiteName: 'New suite name',
  name: 'Case name',
  assistant: 'Assistant',
  pasted: 'Conversation',
  keep: 'Suggested assertions',
}

const makeSchema = (pasting: boolean) =>
  z
    .object({
      suite: z.string(),
      newSuiteName: z.string(),
      name: z.string().trim().min(1, 'Give the case a name.'),
      assistant: z.string().trim().min(1, 'Enter the assistant to evaluate.'),
      pasted: z.string(),
      keep: z.array(z.boolean()),
    })
    .superRefine((v, ctx) => {
      if (v.suite === '' && v.newSuiteName.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['newSuiteName'], message: 'Name the new suite.' })
      if (pasting && parseTranscript(v.pasted).length === 0)
        ctx.addIssue({ code: 'custom', path: ['pasted'], message: 'Paste a conversation: lines like "Customer: …".' })
    }) satisfies z.ZodType<Values>

interface Made {
  suiteId: string
  caseId: string
}

export function MakeCaseForm({
  seed,
  run,
  pasting,
  preselectedSuite,
}: {
  seed: CaseSeed
  run: RunRecord | null
  pasting: boolean
  preselectedSuite: string | undefined
}) {
  const navigate = useNavigate()
  const { entries } = useSuites()
  const suggestions = useMemo(() => (run ? suggestAssertions(run) : []), [run])
  const firstSuite =
    preselectedSuite && entries.some((e) => e.suite.id === preselectedSuite)
      ? preselectedSuite
      : (entries[0]?.suite.id ?? '')
  const empty: Values = {
    suite: firstSuite,
    newSuiteName: '',
    name: seed.name,
    assistant: seed.assistant,
    pasted: '',
    keep: suggestions.map(() => true),
  }
  const kit = useEditKit<Values, Made>({
    resolver: zodResolver(makeSchema(pasting)),
    fields: FIELDS,
    record: null,
    empty,
    toValues: () => empty,
    save: async (v) => {
      const from = pasting ? seedFromPasted(v.assistant.trim(), v.pasted) : seed
      const testCase: TestCase = {
        ...from,
        id: '',
        name: v.name.trim(),
        assistant: v.assistant.trim(),
        assertions: suggestions.filter((_, i) => v.keep[i]).map((s) => s.assertion),
      }
      if (v.suite === '') {
        const suite = await suiteStore.create({ name: v.newSuiteName, cases: [testCase] })
        return { suiteId: suite.id, caseId: suite.cases[0]?.id ?? '' }
      }
      const added = await suiteStore.addCase(v.suite, testCase)
      return { suiteId: v.suite, caseId: added.id }
    },
    onSaved: async (made) => {
      toast.success('Test case created')
      await navigate({
        to: '/suites/$suiteId/cases/$caseId',
        params: { suiteId: made.suiteId, caseId: made.caseId },
        ignoreBlocker: true,
      })
    },
    what: 'create the case',
  })
  const { register, formState, control } = kit.form
  const { errors } = formState
  const suite = useWatch({ control, name: 'suite' })
  const pasted = useWatch({ control, name: 'pasted' })
  const turns = pasting ? parseTranscript(pasted).length : 0

  return (
    <EditForm
      kit={kit}
      label="New test case"
      labels={LABELS}
      saveLabel="Create case"
      actionsEnd={<Button onClick={() => void navigate({ to: '/suites' })}>Cancel</Button>}
    >
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Panel className="flex flex-col gap-4 p-5">
          <Field label="Suite">
            <select
              {...register('suite')}
              className="h-9 w-full rounded-md border border-border bg-surface px-3 text-sm shadow-sm"
            >
              {entries.map((e) => (
                <option key={e.suite.id} value={e.suite.id}>
                  {e.suite.name} ({e.suite.cases.length} cases)
                </option>
              ))}
              <option value="">New suite…</option>
            </select>
          </Field>
          {suite === '' ? (
            <Field label="New suite name" error={errors.newSuiteName?.message}>
              <Input {...register('newSuiteName')} autoComplete="off" placeholder="e.g. Routing regressions" />
            </Field>
          ) : null}
          <Field label="Case name" error={errors.name?.message}>
            <Input {...register('name')} autoComplete="off" />
          </Field>
          <AssistantCodeField form={kit.form} name="assistant" label="Assistant" error={errors.assistant?.message} />
          {pasting ? (
            <Field
              label="Conversation"
              error={errors.pasted?.message}
              hint={`One turn per line: Customer:, Visitor:, Agent: or System:. ${turns} turn${turns === 1 ? '' : 's'} read.`}
            >
              <Textarea
                {...register('pasted')}
                rows={8}
                placeholder={'Customer: I moved, please update my address\nAgent: Sure, what is the new address?'}
              />
            </Field>
          ) : null}
        </Panel>
        {suggestions.length > 0 ? (
          <Panel className="p-5">
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-semibold">Suggested assertions</legend>
              <p className="mb-1 text-xs text-muted">
                What this run did, as checks. Keep what must stay true; you can edit them after creating the case.
              </p>
              {suggestions.map((s, i) => (
                <label key={i} className="flex items-start gap-2 rounded-md border border-border px-3 py-2 text-sm">
                  <input type="checkbox" className="mt-0.5 size-4 accent-[var(--accent)]" {...register(`keep.${i}`)} />
                  <span className="min-w-0">
                    <span className="font-mono">{describeAssertion(s.assertion)}</span>
                    <span className="block text-xs text-muted">{s.why}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </Panel>
        ) : null}
      </div>
    </EditForm>
  )
}

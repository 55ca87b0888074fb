/** The suite's name and description, on the edit kit (saved to this browser's suite store). */
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { SuiteNotFoundError, suiteStore } from '@/lib/qa/suite-store'
import type { Suite } from '@/lib/qa/suite-format'
import { EditForm } from '@/components/edit/edit-form'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import { SUITES_DRAFT_SCOPE } from '../drafts'

const schema = z.object({
  name: z.string().trim().min(1, 'Give the suite a name.'),
  description: z.string(),
})
type Values = z.infer<typeof schema>
const FIELDS = ['name', 'description'] as const
const LABELS = { name: 'Name', description: 'Description' }

const toValues = (s: Suite): Values => ({ name: s.name, description: s.description ?? '' })

export function SuiteDetailsForm({ suite }: { suite: Suite }) {
  const kit = useEditKit<Values, Suite>({
    resolver: zodResolver(schema),
    fields: FIELDS,
    record: suite,
    toValues,
    fetchLatest: async () => {
      const latest = await suiteStore.readFresh(suite.id)
      if (!latest) throw new SuiteNotFoundError('The suite')
      return latest
    },
    save: (values) =>
      suiteStore.update(suite.id, {
        name: values.name.trim(),
        description: values.description.trim() || undefined,
      }),
    onSaved: (saved) => toast.success(`Suite “${saved.name}” saved`),
    draft: { connection: SUITES_DRAFT_SCOPE, scope: ['suite', suite.id] },
    what: 'save the suite',
  })
  const { errors } = kit.form.formState
  return (
    <EditForm kit={kit} label="Suite details" labels={LABELS} saveLabel="Save suite" bar="inline">
      <Field label="Name" error={errors.name?.message}>
        <Input {...kit.form.register('name')} autoComplete="off" />
      </Field>
      <Field label="Description" hint="What the suite checks, for whoever runs it next.">
        <Textarea {...kit.form.register('description')} rows={2} className="font-sans" />
      </Field>
    </EditForm>
  )
}

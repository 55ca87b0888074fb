/**
 * The two API key forms, both on the edit kit: create (a name; the answer's
 * secret goes straight to the caller, never into the form's state) and rename
 * (PATCH of the name, checked against the server's current key first).
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useApiClient } from '@/api/connection-context'
import { griptapeApiKeysApi } from '@/api/resources/griptape/api-keys'
import { griptapeErrorReader } from '@/api/resources/griptape/errors'
import type { ApiKeyOwner } from '@/api/resources/griptape/keys'
import { API_KEY_NAME_MAX, type ApiKey, type CreatedApiKey } from '@/contract/griptape/api-key'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { EditForm } from '@/components/edit/edit-form'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useCreateApiKey, useUpdateApiKey } from '../api/api-key-mutations'

const nameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Give the key a name.' })
    .max(API_KEY_NAME_MAX, { error: `Must be at most ${API_KEY_NAME_MAX} characters.` }),
})
type NameValues = z.infer<typeof nameSchema>
const FIELDS = ['name'] as const
const LABELS = { name: 'Name' } as const
const readKeyError = griptapeErrorReader((path) => (path === 'name' ? 'name' : null))
const toValues = (key: ApiKey): NameValues => ({ name: key.name })

export function CreateApiKeyForm({
  owner,
  onCreated,
  onCancel,
}: {
  owner: ApiKeyOwner
  /** Gets the secret once; the form keeps only the key without it. */
  onCreated: (created: CreatedApiKey) => void
  onCancel: () => void
}) {
  const create = useCreateApiKey(owner, readKeyError)
  const kit = useEditKit<NameValues, ApiKey>({
    resolver: zodResolver(nameSchema),
    fields: FIELDS,
    record: null,
    empty: { name: '' },
    toValues,
    save: async (values) => {
      const { value, ...key } = await create.mutateAsync(values)
      create.reset()
      onCreated({ ...key, value })
      return key
    },
    what: 'create the API key',
  })
  const { errors } = kit.form.formState
  return (
    <EditForm
      kit={kit}
      label="New API key"
      labels={LABELS}
      saveLabel="Create key"
      bar="inline"
      actionsEnd={<Button onClick={onCancel}>Cancel</Button>}
    >
      <Field label="Name" apiName="name" error={errors.name?.message} hint="Say where the key is used.">
        <Input autoComplete="off" {...kit.form.register('name')} />
      </Field>
    </EditForm>
  )
}

export function RenameApiKeyForm({
  apiKey,
  onDone,
  onCancel,
}: {
  apiKey: ApiKey
  onDone: () => void
  onCancel: () => void
}) {
  const client = useApiClient()
  const update = useUpdateApiKey(apiKey.api_key_id, readKeyError)
  const kit = useEditKit<NameValues, ApiKey>({
    resolver: zodResolver(nameSchema),
    fields: FIELDS,
    record: apiKey,
    toValues,
    fetchLatest: (signal) => griptapeApiKeysApi.get(client, apiKey.api_key_id, signal),
    save: (values) => update.mutateAsync({ name: values.name }),
    onSaved: (saved) => {
      toast.success(`API key renamed to ${saved.name}`)
      onDone()
    },
    what: 'rename the API key',
  })
  const { errors } = kit.form.formState
  return (
    <EditForm
      kit={kit}
      label={`Rename ${apiKey.name}`}
      labels={LABELS}
      saveLabel="Rename"
      bar="inline"
      actionsEnd={<Button onClick={onCancel}>Cancel</Button>}
    >
      <Field label="Name" apiName="name" error={errors.name?.message}>
        <Input autoComplete="off" {...kit.form.register('name')} />
      </Field>
    </EditForm>
  )
}

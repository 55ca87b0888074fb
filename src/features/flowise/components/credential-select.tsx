/**
 * The credential an assistant uses, chosen by name from Flowise's credential
 * list (which never holds the secrets). OpenAI keys come first; the others are
 * listed apart, since an OpenAI assistant cannot use them (the server says so).
 * A stored credential the list does not have stays selected, marked unknown.
 */
import { forwardRef, type SelectHTMLAttributes } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { flowiseQueries } from '@/api/resources/flowise/assistants'
import { OPENAI_CREDENTIAL_NAME } from '@/contract/flowise/credential'

export const selectClasses =
  'h-9 w-full rounded-md border border-border bg-surface px-2.5 text-sm text-fg shadow-sm focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60 aria-[invalid=true]:border-danger'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
}

export const CredentialSelect = forwardRef<HTMLSelectElement, Props>(function CredentialSelect(
  { value, onChange, ...props },
  ref,
) {
  const credentials = useQuery(flowiseQueries.credentials(useApiClient()))
  const list = credentials.data ?? []
  const openAi = list.filter((c) => c.credentialName === OPENAI_CREDENTIAL_NAME)
  const others = list.filter((c) => c.credentialName !== OPENAI_CREDENTIAL_NAME)
  const known = list.some((c) => c.id === value)
  return (
    <select ref={ref} {...props} value={value} onChange={(e) => onChange(e.target.value)} className={selectClasses}>
      <option value="" disabled>
        {credentials.isPending
          ? 'Loading credentials…'
          : credentials.isError
            ? 'Could not load the credentials'
            : 'Choose a credential'}
      </option>
      {value !== '' && !known ? (
        <option value={value}>{credentials.isPending ? 'The saved credential' : 'Unknown credential'}</option>
      ) : null}
      {openAi.length > 0 ? (
        <optgroup label="OpenAI API keys">
          {openAi.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {others.length > 0 ? (
        <optgroup label="Other credentials">
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </select>
  )
})

/**
 * Connection settings: which environment, and how to authenticate. Secrets
 * typed here stay in memory only (see ConnectionStore). New credentials are
 * checked before the console switches to them: a failed check leaves the
 * working connection in place and shows why at the field that can fix it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useQuery } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { CheckCircle2, KeyRound, XCircle } from 'lucide-react'
import { useApiClient, useConnection, useConnectionStore } from '@/api/connection-context'
import { CUSTOM_ENVIRONMENT_ID, type ConnectionSettings } from '@/api/connection-store'
import type { Environment } from '@/api/console-config'
import { PLATFORM_INFO, PLATFORMS } from '@/api/platforms'
import { sessionQueries } from '@/api/resources/session'
import { errorMessage } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Page, Panel } from '@/components/ui/page'
import { EnvironmentBadge } from '@/components/layout/environment-badge'
import { describeConnectionFailure, hostOf } from '../connection-failure'

const formSchema = z
  .object({
    environmentId: z.string(),
    customBaseUrl: z.string(),
    authType: z.enum(['client_credentials', 'bearer']),
    clientId: z.string(),
    clientSecret: z.string(),
    bearerToken: z.string(),
    vendorId: z.string(),
    organizationId: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.environmentId === CUSTOM_ENVIRONMENT_ID && !/^https?:\/\/[^\s/]+/.test(v.customBaseUrl))
      ctx.addIssue({
        code: 'custom',
        path: ['customBaseUrl'],
        message: 'Enter the base URL, e.g. http://127.0.0.1:4010',
      })
    if (v.authType === 'client_credentials' && v.clientId.trim() === '')
      ctx.addIssue({ code: 'custom', path: ['clientId'], message: 'Enter the client ID.' })
  })
type FormValues = z.infer<typeof formSchema>

/** Moves focus to a form-level failure when it appears (it is re-keyed per attempt). */
const focusOnMount = (el: HTMLElement | null) => el?.focus()

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function ConnectionSettingsPage() {
  const store = useConnectionStore()
  const { settings, environment, needsCredentials } = useConnection()
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { ...settings, clientSecret: '', bearerToken: '' },
  })
  const [environmentId, authType] = useWatch({ control: form.control, name: ['environmentId', 'authType'] })
  const environments = store.environments
  const selectedEnv = environments.find((e) => e.id === environmentId)
  const selectedPlatform = selectedEnv?.platform ?? 'deepdesk'
  const usesApiKey = PLATFORM_INFO[selectedPlatform].auth === 'api-key'
  // One registration for all the radios (react-hook-form keeps one per name): the event says which.
  const environmentField = form.register('environmentId', {
    onChange: (e: { target: { value: string } }) => {
      const env = environments.find((x) => x.id === e.target.value)
      if (!env) return
      // Another platform signs in its own way: start from its default.
      // (A bearer token chosen on purpose on an OAuth platform stays.)
      if (PLATFORM_INFO[env.platform].auth === 'oauth' && PLATFORM_INFO[settings.platform].auth === 'api-key')
        form.setValue('authType', 'client_credentials')
      // Prefill what the embedded mocks' demos need; never overwrite what was typed.
      if (env.demoClientId && !form.getValues('clientId')) form.setValue('clientId', env.demoClientId)
      if (env.demoVendorId && !form.getValues('vendorId')) form.setValue('vendorId', env.demoVendorId)
      if (env.demoOrganizationId && !form.getValues('organizationId'))
        form.setValue('organizationId', env.demoOrganizationId)
    },
  })

  // One check at a time: `busy` guards re-entry from the first keypress on (repeated Enter),
  // `checking` drives the button, `attempt` lets leaving the page cancel the check.
  const busy = useRef(false)
  const attempt = useRef<AbortController | null>(null)
  const [checking, setChecking] = useState(false)
  useEffect(() => () => attempt.current?.abort(), [])

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    if (busy.current) return
    busy.current = true
    void form
      .handleSubmit(check)(e)
      .finally(() => (busy.current = false))
  }

  const check = async (v: FormValues) => {
    const controller = new AbortController()
    attempt.current = controller
    setChecking(true)
    const next: ConnectionSettings = {
      platform: selectedPlatform,
      environmentId: v.environmentId,
      customBaseUrl: v.customBaseUrl.trim(),
      authType: usesApiKey ? 'bearer' : v.authType,
      clientId: v.clientId.trim(),
      vendorId: v.vendorId.trim(),
      organizationId: v.organizationId.trim(),
    }
    const target = store.environmentFor(next)
    if (selectedPlatform === 'deepslate') {
      const bad = (['vendorId', 'organizationId'] as const).filter((f) => !UUID.test(next[f]))
      for (const f of bad)
        form.setError(f, { type: 'validate', message: 'Enter a UUID, e.g. 3f2b8c1e-…' }, { shouldFocus: true })
      if (bad.length > 0) {
        attempt.current = null
        setChecking(false)
        return
      }
    }
    try {
      await store.connect(
        next,
        {
          ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
          ...(v.bearerToken ? { bearerToken: v.bearerToken } : {}),
        },
        controller.signal,
      )
    } catch (e) {
      if (controller.signal.aborted) return
      const failure = describeConnectionFailure(e, {
        authType: v.authType,
        host: hostOf(target, window.location.origin),
        customUrl: v.environmentId === CUSTOM_ENVIRONMENT_ID,
      })
      if (failure.field)
        form.setError(failure.field, { type: 'server', message: failure.message }, { shouldFocus: true })
      else form.setError('root.server', { type: 'server', message: failure.message })
      return
    } finally {
      attempt.current = null
      if (!controller.signal.aborted) setChecking(false)
    }
    form.reset({ ...v, clientSecret: '', bearerToken: '' })
    toast.success(`Connected to ${target.label}`)
  }
  const formError = form.formState.errors.root?.server?.message

  return (
    <Page title="Settings" description="Where the console connects, and how it signs in.">
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <Panel className="p-5">
          <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
            <fieldset className="flex flex-col gap-3">
              <legend className="mb-2 text-sm font-medium">Platform and environment</legend>
              {PLATFORMS.map((platform) => {
                const envs: Environment[] = environments.filter((e) => e.platform === platform)
                if (platform === 'deepdesk')
                  envs.push({ id: CUSTOM_ENVIRONMENT_ID, platform, label: 'Custom URL', kind: 'custom', baseUrl: '' })
                if (envs.length === 0) return null
                return (
                  <div
                    key={platform}
                    role="group"
                    aria-label={PLATFORM_INFO[platform].label}
                    className="flex flex-col gap-2"
                  >
                    <h3 className="text-xs font-medium text-muted uppercase">{PLATFORM_INFO[platform].label}</h3>
                    {envs.map((env) => (
                      <label
                        key={env.id}
                        className="flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent/5"
                      >
                        <input type="radio" value={env.id} {...environmentField} className="accent-[var(--accent)]" />
                        <span className="font-medium">{env.label}</span>
                        <EnvironmentBadge environment={env} />
                        <span className="ml-auto truncate text-xs text-muted">
                          {env.id === CUSTOM_ENVIRONMENT_ID
                            ? 'any URL'
                            : env.target
                              ? env.target
                              : env.baseUrl || 'this server'}
                        </span>
                      </label>
                    ))}
                  </div>
                )
              })}
            </fieldset>
            {environmentId === CUSTOM_ENVIRONMENT_ID ? (
              <Field
                label="Base URL"
                hint="The API host. It must allow this page's origin (CORS), or use the console server's proxy (see README)."
                error={form.formState.errors.customBaseUrl?.message}
              >
                <Input placeholder="http://127.0.0.1:4010" {...form.register('customBaseUrl')} />
              </Field>
            ) : null}
            {selectedEnv?.kind === 'production' ? (
              <p role="note" className="rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
                This is production. Every change you save affects live customers.
              </p>
            ) : null}
            {usesApiKey ? (
              <>
                {selectedPlatform === 'deepslate' ? (
                  <div className="grid gap-4 sm:grid-cols-2">
                    <Field label="Vendor ID" apiName="vendorId" error={form.formState.errors.vendorId?.message}>
                      <Input
                        autoComplete="off"
                        spellCheck={false}
                        className="font-mono"
                        {...form.register('vendorId')}
                      />
                    </Field>
                    <Field
                      label="Organization ID"
                      apiName="organizationId"
                      error={form.formState.errors.organizationId?.message}
                    >
                      <Input
                        autoComplete="off"
                        spellCheck={false}
                        className="font-mono"
                        {...form.register('organizationId')}
                      />
                    </Field>
                  </div>
                ) : null}
                <Field
                  label="API key"
                  error={form.formState.errors.bearerToken?.message}
                  hint={
                    selectedEnv?.demoApiKey
                      ? 'Leave empty to use the demo key.'
                      : 'Sent as Authorization: Bearer. Kept in memory only; never saved in the browser.'
                  }
                >
                  <Input type="password" autoComplete="off" {...form.register('bearerToken')} />
                </Field>
              </>
            ) : (
              <>
                <fieldset className="flex flex-col gap-2">
                  <legend className="mb-2 text-sm font-medium">Sign in with</legend>
                  <div className="flex gap-4 text-sm">
                    <label className="flex items-center gap-2">
                      <input type="radio" value="client_credentials" {...form.register('authType')} /> Client
                      credentials (OAuth2)
                    </label>
                    <label className="flex items-center gap-2">
                      <input type="radio" value="bearer" {...form.register('authType')} /> Bearer token
                    </label>
                  </div>
                </fieldset>
                {authType === 'client_credentials' ? (
                  <div className="grid gap-4 sm:grid-cols-2">
                    <Field label="Client ID" apiName="client_id" error={form.formState.errors.clientId?.message}>
                      <Input autoComplete="off" {...form.register('clientId')} />
                    </Field>
                    <Field
                      label="Client secret"
                      apiName="client_secret"
                      error={form.formState.errors.clientSecret?.message}
                      hint={
                        selectedEnv?.demoClientSecret
                          ? 'Leave empty to use the demo secret.'
                          : 'Kept in memory only; never saved in the browser.'
                      }
                    >
                      <Input type="password" autoComplete="new-password" {...form.register('clientSecret')} />
                    </Field>
                  </div>
                ) : (
                  <Field
                    label="Bearer token"
                    hint="Kept in memory only. The console cannot refresh it when it expires."
                    error={form.formState.errors.bearerToken?.message}
                  >
                    <Input type="password" autoComplete="off" {...form.register('bearerToken')} />
                  </Field>
                )}
              </>
            )}
            {formError ? (
              <p
                key={form.formState.submitCount}
                ref={focusOnMount}
                tabIndex={-1}
                role="alert"
                className="flex items-start gap-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger"
              >
                <XCircle className="mt-0.5 size-4 shrink-0" aria-hidden /> {formError} The current connection is
                unchanged.
              </p>
            ) : null}
            <div className="flex gap-2">
              <Button
                type="submit"
                variant="primary"
                aria-disabled={checking || undefined}
                className="aria-disabled:cursor-wait aria-disabled:opacity-60"
              >
                <KeyRound className="size-4" aria-hidden /> {checking ? 'Checking…' : 'Save and connect'}
              </Button>
            </div>
          </form>
        </Panel>
        <ConnectionCheck label={environment.label} needsCredentials={needsCredentials} />
      </div>
    </Page>
  )
}

function ConnectionCheck({ label, needsCredentials }: { label: string; needsCredentials: boolean }) {
  const client = useApiClient()
  const session = useQuery({ ...sessionQueries.current(client), enabled: !needsCredentials })
  return (
    <Panel className="flex h-fit flex-col gap-3 p-5 text-sm">
      <h2 className="font-semibold">Current connection</h2>
      <p className="text-muted">{label}</p>
      {needsCredentials ? (
        <p className="text-warning">Enter the secret (or token) to sign in. Secrets are not kept across reloads.</p>
      ) : session.isPending ? (
        <p role="status">Signing in…</p>
      ) : session.isError ? (
        <p className="flex items-start gap-2 text-danger" role="alert">
          <XCircle className="mt-0.5 size-4 shrink-0" aria-hidden /> {errorMessage(session.error)}
        </p>
      ) : (
        <div className="flex flex-col gap-2">
          <p className="flex items-center gap-2 text-success">
            <CheckCircle2 className="size-4" aria-hidden /> Signed in
          </p>
          <p>
            Scopes:{' '}
            {session.data.scopes === null ? (
              <span className="text-muted">unknown (pasted token)</span>
            ) : (
              <code>{session.data.scopes.join(' ') || 'none'}</code>
            )}
          </p>
        </div>
      )}
    </Panel>
  )
}

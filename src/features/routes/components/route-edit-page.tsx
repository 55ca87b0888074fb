/** Creating or editing one route of an assistant (its own URL), on the edit kit. */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { routeQueries, routesApi } from '@/api/resources/routes'
import type { Route } from '@/contract/route'
import { SubPageHeading } from '@/components/ui/sub-page-heading'
import { Button } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { DeleteButton } from '@/components/edit/delete-button'
import { EditForm } from '@/components/edit/edit-form'
import {
  EMPTY_ROUTE_FORM,
  ROUTE_FIELD_LABELS,
  ROUTE_FORM_FIELDS,
  equalJsonText,
  routeFormSchema,
  toRouteFormValues,
  toRouteWrite,
  type RouteFormValues,
} from '../route-form-schema'
import { useCreateRoute, useDeleteRoute, useReplaceRoute, useRouteGone } from '../api/route-mutations'
import { RouteFormFields } from './route-form'

function Heading({ assistant, title }: { assistant: string; title: string }) {
  return (
    <SubPageHeading
      parent={
        <Link
          to="/assistants/$code/routes"
          params={{ code: assistant }}
          className="text-muted hover:text-fg hover:underline"
        >
          Routes
        </Link>
      }
      title={title}
    />
  )
}

export function RouteCreatePage({ assistant }: { assistant: string }) {
  const client = useApiClient()
  return (
    <div className="flex flex-col gap-4">
      <Heading assistant={assistant} title="New route" />
      <CreateRoute key={client.key} assistant={assistant} />
    </div>
  )
}

function CreateRoute({ assistant }: { assistant: string }) {
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateRoute(assistant)
  const back = () => navigate({ to: '/assistants/$code/routes', params: { code: assistant }, ignoreBlocker: true })
  const kit = useEditKit<RouteFormValues, Route>({
    resolver: zodResolver(routeFormSchema),
    fields: ROUTE_FORM_FIELDS,
    record: null,
    empty: EMPTY_ROUTE_FORM,
    toValues: toRouteFormValues,
    equal: equalJsonText,
    save: (values) => create.mutateAsync(toRouteWrite(values)),
    onSaved: async (route) => {
      toast.success(`Route #${route.id} created`)
      await back()
    },
    draft: { connection: identity, scope: ['route', assistant, 'new'] },
    readOnly: !canWrite,
    what: 'create the route',
  })
  return (
    <EditForm
      kit={kit}
      label="Route"
      labels={ROUTE_FIELD_LABELS}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create route"
      actionsEnd={
        <Button onClick={() => void navigate({ to: '/assistants/$code/routes', params: { code: assistant } })}>
          Cancel
        </Button>
      }
    >
      <RouteFormFields form={kit.form} readOnly={!canWrite} />
    </EditForm>
  )
}

export function RouteEditPage({ assistant, routeId }: { assistant: string; routeId: number }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(routeQueries.detail(client, assistant, routeId))
  return (
    <div className="flex flex-col gap-4">
      <Heading assistant={assistant} title={`Route #${routeId}`} />
      <EditRoute key={client.key} assistant={assistant} route={data} />
    </div>
  )
}

function EditRoute({ assistant, route }: { assistant: string; route: Route }) {
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const { canWrite, reason } = useWriteAccess()
  const replace = useReplaceRoute(assistant, route.id)
  const remove = useDeleteRoute(assistant)
  const gone = useRouteGone(assistant)
  const [deleting, setDeleting] = useState(false)
  const kit = useEditKit<RouteFormValues, Route>({
    resolver: zodResolver(routeFormSchema),
    fields: ROUTE_FORM_FIELDS,
    record: route,
    toValues: toRouteFormValues,
    equal: equalJsonText,
    fetchLatest: (signal) => routesApi.get(client, assistant, route.id, signal),
    save: (values) => replace.mutateAsync(toRouteWrite(values)),
    onSaved: () => toast.success(`Route #${route.id} saved`),
    draft: { connection: identity, scope: ['route', assistant, route.id] },
    readOnly: !canWrite,
    what: `save route #${route.id}`,
  })
  return (
    <>
      <EditForm
        kit={kit}
        label="Route"
        labels={ROUTE_FIELD_LABELS}
        readOnlyReason={canWrite ? null : reason}
        saveLabel="Save route"
        actionsStart={
          <DeleteButton
            onClick={() => setDeleting(true)}
            disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
          />
        }
      >
        <RouteFormFields form={kit.form} readOnly={!canWrite} />
      </EditForm>
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete route #${route.id}?`}
        description="Conversations whose tags match it will no longer be handed to this assistant. This cannot be undone."
        confirmLabel="Delete route"
        confirmText={environment.kind === 'production' ? `#${route.id}` : null}
        remove={() => remove.mutateAsync(route.id)}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`Route #${route.id} deleted`)
          else toast.info(`Route #${route.id} was already deleted elsewhere`)
          await gone.dropFromLists(route.id)
          await navigate({ to: '/assistants/$code/routes', params: { code: assistant }, ignoreBlocker: true })
          gone.forgetDetail(route.id)
        }}
      />
    </>
  )
}

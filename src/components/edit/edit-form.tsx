/**
 * The frame every edit form renders inside: notices (read-only, draft on
 * offer, errors), the fields, a sticky action bar (status, Discard, Save), the
 * leave guard and the merge dialog, all driven by the edit kit. Enter and
 * Ctrl/Cmd+S submit through the kit, so there is one save in flight at most.
 */
import type { ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Save, Undo2 } from 'lucide-react'
import type { EditKit } from '@/lib/edit/use-edit-kit'
import { Button } from '@/components/ui/button'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { CallReference } from '@/components/ui/call-reference'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { ConflictDialog } from './conflict-dialog'
import { DraftBanner } from './draft-banner'
import { ReadOnlyNotice } from './read-only-notice'

type Field<V> = Extract<keyof V, string>

interface EditFormProps<V extends FieldValues, R> {
  kit: EditKit<V, R>
  /** Accessible name of the form. */
  label: string
  labels: Record<Field<V>, string>
  format?: (field: Field<V>, value: unknown) => string
  readOnlyReason?: string | null
  saveLabel?: string
  /** Left end of the action bar (e.g. Delete). */
  actionsStart?: ReactNode
  /** Right end, before Discard/Save (e.g. Cancel on create pages). */
  actionsEnd?: ReactNode
  leaveMessage?: string
  /** 'inline' for forms in a side panel; 'sticky' keeps Save in reach on long forms. */
  bar?: 'sticky' | 'inline'
  className?: string
  children: ReactNode
}

const defaultFormat = (_field: string, value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'on' : 'off'
  return JSON.stringify(value, null, 2)
}

export function EditForm<V extends FieldValues, R>({
  kit,
  label,
  labels,
  format = defaultFormat,
  readOnlyReason,
  saveLabel,
  actionsStart,
  actionsEnd,
  leaveMessage,
  bar = 'sticky',
  className,
  children,
}: EditFormProps<V, R>) {
  const { status, dirtyCount, creating } = kit
  const readOnly = Boolean(readOnlyReason)
  const statusText =
    status === 'checking'
      ? 'Checking the server’s current version…'
      : status === 'saving'
        ? 'Saving…'
        : creating
          ? ''
          : dirtyCount === 0
            ? 'No unsaved changes'
            : `${dirtyCount} unsaved change${dirtyCount === 1 ? '' : 's'}`
  return (
    <>
      {/* Ctrl/Cmd+S anywhere in the form saves: the form is the one place that hears every field. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form
        aria-label={label}
        noValidate
        className={className ?? 'flex flex-col gap-4'}
        onSubmit={(e) => {
          e.preventDefault()
          kit.submit()
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault()
            kit.submit()
          }
        }}
      >
        {readOnlyReason ? <ReadOnlyNotice reason={readOnlyReason} /> : null}
        {kit.draft.offered ? (
          <DraftBanner
            savedAt={kit.draft.offered.savedAt}
            onRestore={kit.draft.restore}
            onDiscard={kit.draft.discard}
          />
        ) : null}
        <FormErrorBanner messages={kit.messages} />
        {kit.messages.length > 0 ? <CallReference error={kit.failure} className="-mt-2" /> : null}
        {children}
        <div
          className={
            bar === 'sticky'
              ? 'sticky bottom-0 z-20 -mx-6 mt-1 border-t border-border bg-bg/90 px-6 py-3 backdrop-blur'
              : 'border-t border-border pt-3'
          }
        >
          <div className="flex flex-wrap items-center gap-3">
            {actionsStart}
            <p className="mr-auto text-sm text-muted" aria-live="polite">
              {statusText}
            </p>
            {actionsEnd}
            {creating ? null : (
              <Button onClick={kit.discard} disabled={!kit.dirty || kit.busy}>
                <Undo2 className="size-4" aria-hidden /> Discard changes
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              disabled={readOnly || kit.busy || (!creating && !kit.dirty)}
              title={readOnlyReason ?? undefined}
              aria-keyshortcuts="Control+S Meta+S"
            >
              <Save className="size-4" aria-hidden />
              {status === 'checking' ? 'Checking…' : status === 'saving' ? 'Saving…' : (saveLabel ?? 'Save')}
            </Button>
          </div>
        </div>
      </form>
      <UnsavedChangesGuard when={kit.shouldBlock} {...(leaveMessage ? { message: leaveMessage } : {})} />
      <ConflictDialog
        fields={kit.conflict?.merge.fields ?? null}
        labels={labels}
        format={format}
        busy={kit.busy}
        onResolve={kit.resolveConflict}
        onTakeTheirs={kit.takeTheirs}
        onCancel={kit.cancelConflict}
      />
    </>
  )
}

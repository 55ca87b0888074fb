/**
 * Lazy Monaco editors. Importing this file costs nothing: Monaco (about 1 MB)
 * loads only when an editor first renders, behind a same-size placeholder.
 *
 * Editors are uncontrolled: Monaco owns its text. `defaultValue` is read once,
 * `onChange` reports every edit, and a change from outside (a reset, a draft
 * restored, a merge) goes through the handle's `setValue`, which is an
 * undoable edit. A `value` prop re-rendered on every keystroke can arrive stale
 * and overwrite what was just typed; that is why there is none.
 */
import { lazy, Suspense } from 'react'
import { cn } from '@/lib/cn'

// The props live apart so the lazily loaded implementations can import them without a cycle back to here.
import type { CodeEditorProps, DiffViewProps } from './editor-props'
export type { CodeEditorHandle, CodeEditorProps, DiffViewProps, EditorLanguage } from './editor-props'

const CodeEditorImpl = lazy(() => import('./code-editor-impl'))
const DiffEditorImpl = lazy(() => import('./diff-editor-impl'))

function Placeholder({ height, label }: { height: number | string; label: string }) {
  return (
    <div role="status" style={{ height }} className="flex items-center justify-center text-sm text-muted">
      {label}
    </div>
  )
}

export function CodeEditor({ className, invalid, ...props }: CodeEditorProps) {
  const height = props.height ?? 320
  return (
    <div>
      <div
        className={cn(
          'overflow-hidden rounded-md border border-border bg-surface focus-within:ring-2 focus-within:ring-accent/60',
          invalid && 'border-danger',
          className,
        )}
      >
        <Suspense fallback={<Placeholder height={height} label="Loading editor…" />}>
          <CodeEditorImpl {...props} />
        </Suspense>
      </div>
      {props.readOnly ? null : (
        <p className="mt-1 text-[11px] text-muted">
          <kbd>Tab</kbd> moves to the next field · <kbd>Ctrl+M</kbd> switches Tab to insert a tab
        </p>
      )}
    </div>
  )
}

export function DiffView({ className, ...props }: DiffViewProps) {
  const height = props.height ?? 320
  return (
    <div className={cn('overflow-hidden rounded-md border border-border', className)}>
      <Suspense fallback={<Placeholder height={height} label="Loading diff…" />}>
        <DiffEditorImpl {...props} />
      </Suspense>
    </div>
  )
}

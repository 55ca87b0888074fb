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
import { lazy, Suspense, type Ref } from 'react'
import { cn } from '@/lib/cn'

export type EditorLanguage = 'plaintext' | 'json' | 'instructions'

export interface CodeEditorHandle {
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the previous text back). */
  setValue: (text: string) => void
  getValue: () => string
  focus: () => void
}

export interface CodeEditorProps {
  /** The text when the editor mounts. Later changes go through `handleRef`. */
  defaultValue: string
  onChange?: (value: string) => void
  onBlur?: () => void
  /** Imperative access: setValue for external resets, focus for error focus. */
  handleRef?: Ref<CodeEditorHandle>
  language?: EditorLanguage
  height?: number | string
  /** Accessible name of the editor's text area (e.g. "Instructions"). */
  ariaLabel: string
  /** Id of an element describing the editor (hint or error), read after the name. */
  describedBy?: string
  readOnly?: boolean
  /** Ctrl/Cmd+S inside the editor. */
  onSave?: () => void
  /** Ctrl/Cmd+Enter inside the editor. */
  onSubmit?: () => void
  /** Tool names to highlight in instructions (e.g. call_api). */
  toolNames?: readonly string[]
  placeholder?: string
  className?: string
  invalid?: boolean
}

export interface DiffViewProps {
  original: string
  modified: string
  language?: EditorLanguage
  height?: number | string
  className?: string
}

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

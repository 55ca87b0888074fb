/**
 * Lazy Monaco editors. Importing this file costs nothing: Monaco (about 1 MB)
 * loads only when an editor first renders, behind a same-size placeholder.
 */
import { lazy, Suspense } from 'react'
import { cn } from '@/lib/cn'

export type EditorLanguage = 'plaintext' | 'json' | 'instructions'

export interface CodeEditorProps {
  value: string
  onChange?: (value: string) => void
  language?: EditorLanguage
  height?: number | string
  /** Accessible name of the editor's text area (e.g. "Instructions"). */
  ariaLabel: string
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
    <div
      className={cn(
        'overflow-hidden rounded-md border border-border bg-surface',
        invalid && 'border-danger',
        className,
      )}
    >
      <Suspense fallback={<Placeholder height={height} label="Loading editor…" />}>
        <CodeEditorImpl {...props} />
      </Suspense>
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

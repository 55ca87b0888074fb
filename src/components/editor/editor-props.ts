/** Props of the lazy Monaco editors (see code-editor.tsx), in a module the lazy chunks can import. */
import type { Ref } from 'react'

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
  /** Which pair of session-long text models this view uses (one open view per name at a time). */
  modelName?: string
}

/** Monaco's side-by-side diff (lazy chunk). Use <DiffView> from code-editor.tsx. */
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { INSTRUCTIONS_LANGUAGE } from './monaco-setup'
import type { DiffViewProps } from './code-editor'

// Monaco leaves the diff's two inner editors unnamed (aria-label=""), which axe
// flags: name them after mount, as code-editor-impl does for its text area.
// Monaco may re-create those elements once the diff is computed, so name them again then.
const nameEditors: DiffOnMount = (editor) => {
  const name = (node: HTMLElement | null, label: string) =>
    node?.querySelectorAll('.native-edit-context, textarea').forEach((el) => el.setAttribute('aria-label', label))
  const apply = () => {
    name(editor.getOriginalEditor().getDomNode(), 'Original version')
    name(editor.getModifiedEditor().getDomNode(), 'Changed version')
  }
  apply()
  editor.onDidUpdateDiff(apply)
  requestAnimationFrame(apply)
}

export default function DiffEditorImpl({ original, modified, language = 'plaintext', height = 320 }: DiffViewProps) {
  const { dark } = useTheme()
  return (
    <DiffEditor
      height={height}
      original={original}
      modified={modified}
      language={language === 'instructions' ? INSTRUCTIONS_LANGUAGE : language}
      theme={dark ? 'console-dark' : 'console-light'}
      options={{
        readOnly: true,
        originalAriaLabel: 'Original version',
        modifiedAriaLabel: 'Changed version',
        renderSideBySide: true,
        wordWrap: 'on',
        diffWordWrap: 'on',
        minimap: { enabled: false },
        automaticLayout: true,
        fontSize: 13,
        scrollBeyondLastLine: false,
      }}
      onMount={nameEditors}
      loading={<div className="p-3 text-sm text-muted">Loading diff…</div>}
    />
  )
}

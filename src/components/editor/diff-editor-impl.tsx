/** Monaco's side-by-side diff (lazy chunk). Use <DiffView> from code-editor.tsx. */
import { useEffect, useRef } from 'react'
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { INSTRUCTIONS_LANGUAGE } from './monaco-setup'
import type { DiffViewProps } from './editor-props'

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
  // The wrapper disposes the text models before the diff widget lets go of them, which Monaco
  // reports as an uncaught "TextModel got disposed before DiffEditorWidget model got reset".
  // Keep the models on unmount and dispose them ourselves once the widget is gone.
  const models = useRef<{ dispose(): void }[]>([])
  useEffect(
    () => () => {
      const owned = models.current
      setTimeout(() => owned.forEach((m) => m.dispose()))
    },
    [],
  )
  const onMount: DiffOnMount = (editor, m) => {
    const model = editor.getModel()
    if (model) models.current = [model.original, model.modified]
    nameEditors(editor, m)
  }
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
      onMount={onMount}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      loading={<div className="p-3 text-sm text-muted">Loading diff…</div>}
    />
  )
}

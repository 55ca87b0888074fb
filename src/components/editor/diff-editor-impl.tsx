/** Monaco's side-by-side diff (lazy chunk). Use <DiffView> from code-editor.tsx. */
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { INSTRUCTIONS_LANGUAGE } from './monaco-setup'
import type { DiffViewProps } from './editor-props'

// Monaco leaves the diff's two inner editors unnamed (aria-label=""), which axe
// flags: name them, as code-editor-impl does for its text area. Monaco re-creates
// and re-labels those elements at moments of its own (diff computed, layout,
// focus), so a MutationObserver names them again whenever that happens.
const nameEditors: DiffOnMount = (editor) => {
  const name = (node: HTMLElement | null, label: string) =>
    node?.querySelectorAll('.native-edit-context, textarea').forEach((el) => {
      if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label)
    })
  const apply = () => {
    name(editor.getOriginalEditor().getDomNode(), 'Original version')
    name(editor.getModifiedEditor().getDomNode(), 'Changed version')
  }
  apply()
  const root = editor.getContainerDomNode()
  const observer = new MutationObserver(apply)
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
  editor.onDidDispose(() => observer.disconnect())
}

export default function DiffEditorImpl({
  original,
  modified,
  language = 'plaintext',
  height = 320,
  modelName = 'diff',
}: DiffViewProps) {
  const { dark } = useTheme()
  // Disposing the text models on unmount races the diff widget: the wrapper's disposal gives an
  // uncaught "TextModel got disposed before DiffEditorWidget model got reset", and disposing them
  // a moment later leaves a diff still computing in the worker with "no diff result available".
  // So each kind of diff view keeps one pair of models for the whole session (bounded: one pair
  // per modelName), never disposed, and sets their text when it mounts.
  const onMount: DiffOnMount = (editor, m) => {
    const model = editor.getModel()
    if (model && model.original.getValue() !== original) model.original.setValue(original)
    if (model && model.modified.getValue() !== modified) model.modified.setValue(modified)
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
        // Read-only views: no revert arrows and no gutter menu. The gutter menu's actions are a lazily
        // recomputed observable that could still evaluate after the editor was disposed (closing a dialog
        // mid-layout gave an uncaught "AbstractContextKeyService has been disposed").
        renderGutterMenu: false,
        renderMarginRevertIcon: false,
        wordWrap: 'on',
        diffWordWrap: 'on',
        minimap: { enabled: false },
        automaticLayout: true,
        fontSize: 13,
        scrollBeyondLastLine: false,
      }}
      onMount={onMount}
      originalModelPath={`inmemory://console/${modelName}/original`}
      modifiedModelPath={`inmemory://console/${modelName}/modified`}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      loading={<div className="p-3 text-sm text-muted">Loading diff…</div>}
    />
  )
}

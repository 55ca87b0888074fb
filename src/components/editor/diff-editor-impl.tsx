/** Monaco's side-by-side diff (lazy chunk). Use <DiffView> from code-editor.tsx. */
import { DiffEditor } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { INSTRUCTIONS_LANGUAGE } from './monaco-setup'
import type { DiffViewProps } from './code-editor'

export default function DiffEditorImpl({ original, modified, language = 'plaintext', height = 320 }: DiffViewProps) {
  const { dark } = useTheme()
  return (
    <DiffEditor
      height={height}
      original={original}
      modified={modified}
      language={language === 'instructions' ? INSTRUCTIONS_LANGUAGE : language}
      theme={dark ? 'console-dark' : 'console-light'}
      options={{ readOnly: true, renderSideBySide: true, wordWrap: 'on', minimap: { enabled: false }, automaticLayout: true, fontSize: 13, scrollBeyondLastLine: false }}
      loading={<div className="p-3 text-sm text-muted">Loading diff…</div>}
    />
  )
}

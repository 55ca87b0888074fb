/** The Monaco editor itself (lazy chunk). Use <CodeEditor> from code-editor.tsx, never this file directly. */
import { useEffect, useRef } from 'react'
import Editor, { type OnMount } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { INSTRUCTIONS_LANGUAGE, registerInstructionsLanguage, type monaco } from './monaco-setup'
import type { CodeEditorProps } from './code-editor'

export default function CodeEditorImpl({
  value,
  onChange,
  language = 'plaintext',
  height = 320,
  ariaLabel,
  readOnly = false,
  onSave,
  onSubmit,
  toolNames,
  placeholder,
}: CodeEditorProps) {
  const { dark } = useTheme()
  // Keyboard commands are registered once; the latest callbacks are read through refs.
  const onSaveRef = useRef(onSave)
  const onSubmitRef = useRef(onSubmit)
  useEffect(() => {
    onSaveRef.current = onSave
    onSubmitRef.current = onSubmit
  })
  const toolKey = (toolNames ?? []).join('|')
  useEffect(() => {
    if (language === 'instructions') registerInstructionsLanguage(toolKey === '' ? [] : toolKey.split('|'))
  }, [language, toolKey])

  const onMount: OnMount = (editor, m) => {
    editor.addAction({
      id: 'console.save',
      label: 'Save',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.KeyS],
      run: () => onSaveRef.current?.(),
    })
    editor.addAction({
      id: 'console.submit',
      label: 'Run',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
      run: () => onSubmitRef.current?.(),
    })
    // Let Tab move focus out of the editor for keyboard users (Ctrl+M toggles in Monaco too).
    const textarea = editor.getDomNode()?.querySelector('textarea')
    if (textarea) textarea.setAttribute('aria-label', ariaLabel)
  }

  const options: monaco.editor.IStandaloneEditorConstructionOptions = {
    readOnly,
    wordWrap: 'on',
    minimap: { enabled: false },
    fontSize: 13,
    lineNumbers: language === 'instructions' || language === 'plaintext' ? 'off' : 'on',
    scrollBeyondLastLine: false,
    automaticLayout: true,
    tabFocusMode: false,
    ariaLabel,
    renderLineHighlight: 'none',
    padding: { top: 8, bottom: 8 },
    ...(placeholder ? { placeholder } : {}),
  }

  return (
    <Editor
      height={height}
      language={language === 'instructions' ? INSTRUCTIONS_LANGUAGE : language}
      value={value}
      onChange={(v) => onChange?.(v ?? '')}
      theme={dark ? 'console-dark' : 'console-light'}
      options={options}
      onMount={onMount}
      loading={<div className="p-3 text-sm text-muted">Loading editor…</div>}
    />
  )
}

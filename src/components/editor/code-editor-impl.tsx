/** The Monaco editor itself (lazy chunk). Use <CodeEditor> from code-editor.tsx, never this file directly. */
import { useEffect, useImperativeHandle, useRef } from 'react'
import Editor, { type OnMount } from '@monaco-editor/react'
import { useTheme } from '@/lib/theme'
import { togglePalette } from '@/lib/palette'
import { INSTRUCTIONS_LANGUAGE, registerInstructionsLanguage, type monaco } from './monaco-setup'
import type { CodeEditorProps } from './editor-props'

type Standalone = monaco.editor.IStandaloneCodeEditor

export default function CodeEditorImpl({
  defaultValue,
  onChange,
  onBlur,
  handleRef,
  language = 'plaintext',
  height = 320,
  ariaLabel,
  describedBy,
  readOnly = false,
  onSave,
  onSubmit,
  toolNames,
  placeholder,
}: CodeEditorProps) {
  const { dark } = useTheme()
  const editorRef = useRef<Standalone | null>(null)
  // Text set before Monaco finished mounting is applied on mount.
  const pending = useRef<string | null>(null)
  // Callbacks are registered with Monaco once; the latest ones are read through refs.
  const callbacks = useRef({ onChange, onBlur, onSave, onSubmit })
  useEffect(() => {
    callbacks.current = { onChange, onBlur, onSave, onSubmit }
  })
  const toolKey = (toolNames ?? []).join('|')
  useEffect(() => {
    if (language === 'instructions') registerInstructionsLanguage(toolKey === '' ? [] : toolKey.split('|'))
  }, [language, toolKey])

  useImperativeHandle(
    handleRef,
    () => ({
      setValue: (text) => {
        const editor = editorRef.current
        const model = editor?.getModel()
        if (!editor || !model) {
          pending.current = text
          return
        }
        if (model.getValue() === text) return
        // One undoable edit over the whole text, not setValue (which clears the undo stack).
        editor.pushUndoStop()
        editor.executeEdits('external', [{ range: model.getFullModelRange(), text }])
        editor.pushUndoStop()
      },
      getValue: () => editorRef.current?.getValue() ?? pending.current ?? defaultValue,
      focus: () => editorRef.current?.focus(),
    }),
    [defaultValue],
  )

  const onMount: OnMount = (editor, m) => {
    editorRef.current = editor
    if (pending.current !== null) {
      editor.setValue(pending.current)
      pending.current = null
    }
    editor.onDidChangeModelContent(() => callbacks.current.onChange?.(editor.getValue()))
    editor.onDidBlurEditorText(() => callbacks.current.onBlur?.())
    editor.addAction({
      id: 'console.save',
      label: 'Save',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.KeyS],
      // Without its own handler, Ctrl/Cmd+S submits the form the editor is in (the edit kit saves).
      run: () => {
        if (callbacks.current.onSave) callbacks.current.onSave()
        else editor.getDomNode()?.closest('form')?.requestSubmit()
      },
    })
    editor.addAction({
      id: 'console.submit',
      label: 'Run',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
      run: () => callbacks.current.onSubmit?.(),
    })
    // Monaco keeps Ctrl+K for its own chords; the console's palette comes first.
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyK, () => togglePalette())
    const input = editor.getDomNode()?.querySelector('textarea, .native-edit-context')
    if (input) {
      input.setAttribute('aria-label', ariaLabel)
      if (describedBy) input.setAttribute('aria-describedby', describedBy)
    }
  }

  useEffect(() => () => void (editorRef.current = null), [])

  const options: monaco.editor.IStandaloneEditorConstructionOptions = {
    readOnly,
    wordWrap: 'on',
    minimap: { enabled: false },
    fontSize: 13,
    lineNumbers: language === 'instructions' || language === 'plaintext' ? 'off' : 'on',
    scrollBeyondLastLine: false,
    automaticLayout: true,
    ariaLabel,
    renderLineHighlight: 'none',
    padding: { top: 8, bottom: 8 },
    ...(placeholder ? { placeholder } : {}),
  }

  return (
    <Editor
      height={height}
      language={language === 'instructions' ? INSTRUCTIONS_LANGUAGE : language}
      defaultValue={defaultValue}
      theme={dark ? 'console-dark' : 'console-light'}
      options={options}
      onMount={onMount}
      loading={<div className="p-3 text-sm text-muted">Loading editor…</div>}
    />
  )
}

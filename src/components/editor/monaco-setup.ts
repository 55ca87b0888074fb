/**
 * Monaco from the local bundle, never the CDN loader. Imported only by the
 * lazily loaded editor components, so pages without an editor never pay for it.
 * A slim import: the core API plus the features and the JSON language we use.
 */
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/diffEditor/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/wordHighlighter/register'
import 'monaco-editor/features/linesOperations/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/placeholderText/register'
// Services other contributions depend on: without them, an editor mounted after a JSON
// editor throws "depends on UNKNOWN service" (ICodeLensCache, ISuggestMemories, ...).
import 'monaco-editor/features/codelens/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/dnd/register'
import 'monaco-editor/features/dropOrPasteInto/register'
import 'monaco-editor/features/documentSymbols/register'
// Ctrl+M: switch Tab between moving focus and inserting a tab.
import 'monaco-editor/features/toggleTabFocusMode/register'
import { TabFocus } from 'monaco-editor/editor/browser/config/tabFocus'
import 'monaco-editor/languages/features/json/register'
import { loader } from '@monaco-editor/react'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
}

loader.config({ monaco })

// Tab leaves every editor by default (keyboard users are never trapped); Ctrl+M toggles it for all editors.
TabFocus.setTabFocusMode(true)

/** The language of assistant instructions: plain text with {placeholders} and tool names highlighted. */
export const INSTRUCTIONS_LANGUAGE = 'assistant-instructions'

let registered = false
export function registerInstructionsLanguage(toolNames: readonly string[]): void {
  const names = toolNames.filter((n) => /^[\w-]+$/.test(n))
  const toolRule: monaco.languages.IMonarchLanguageRule[] =
    names.length > 0 ? [[new RegExp(`\\b(?:${names.join('|')})\\b`), 'tool-name']] : []
  if (!registered) {
    monaco.languages.register({ id: INSTRUCTIONS_LANGUAGE })
    registered = true
  }
  monaco.languages.setMonarchTokensProvider(INSTRUCTIONS_LANGUAGE, {
    tokenizer: {
      root: [[/\{[A-Za-z_][\w.-]*\}/, 'placeholder'], ...toolRule, [/<\/?[a-z_]+>/, 'block-tag']],
    },
  })
}

monaco.editor.defineTheme('console-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'placeholder', foreground: '92400e', fontStyle: 'bold' },
    { token: 'tool-name', foreground: '4f46e5', fontStyle: 'bold underline' },
    { token: 'block-tag', foreground: '0f766e' },
  ],
  colors: {},
})
monaco.editor.defineTheme('console-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'placeholder', foreground: 'fbbf24', fontStyle: 'bold' },
    { token: 'tool-name', foreground: 'a5a1ff', fontStyle: 'bold underline' },
    { token: 'block-tag', foreground: '5eead4' },
  ],
  colors: { 'editor.background': '#16161a' },
})

export { monaco }

import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import ts from 'typescript'
import fs from 'node:fs'
import path from 'node:path'

/**
 * import-x/no-cycle always skips `import type` (it has no option to follow them), so a cycle made
 * only of type imports passes it. This rule follows every import, type-only and dynamic included,
 * resolved like TypeScript does (the `@/` alias too), and reports an import that leads back here.
 */
const tsOptions = ts.parseJsonConfigFileContent(
  ts.readConfigFile('tsconfig.json', ts.sys.readFile).config,
  ts.sys,
  import.meta.dirname,
).options
const importsCache = new Map()
function projectImports(file) {
  const mtime = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs
  const cached = importsCache.get(file)
  if (cached && cached.mtime === mtime) return cached.deps
  const text = mtime === undefined ? '' : fs.readFileSync(file, 'utf8')
  const deps = []
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    const dep = resolveProjectModule(fileName, file)
    if (dep) deps.push(dep)
  }
  importsCache.set(file, { mtime, deps })
  return deps
}
function resolveProjectModule(specifier, from) {
  const resolved = ts.resolveModuleName(specifier, from, tsOptions, ts.sys).resolvedModule
  if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.endsWith('.d.ts')) return null
  return path.resolve(resolved.resolvedFileName)
}
/** The import route from `start` back to `goal`, or null. */
function routeBack(start, goal) {
  const cameFrom = new Map([[start, null]])
  const queue = [start]
  while (queue.length > 0) {
    const current = queue.shift()
    for (const dep of projectImports(current)) {
      if (dep === goal) {
        const route = [current]
        for (let at = cameFrom.get(current); at; at = cameFrom.get(at)) route.unshift(at)
        return route
      }
      if (!cameFrom.has(dep)) {
        cameFrom.set(dep, current)
        queue.push(dep)
      }
    }
  }
  return null
}
const noCycleWithTypes = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import cycles, type-only and dynamic imports included.' },
    messages: { cycle: 'Import cycle (type imports included): {{route}}' },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.physicalFilename)
    const check = (node) => {
      if (node.source?.type !== 'Literal' || typeof node.source.value !== 'string') return
      const target = resolveProjectModule(node.source.value, file)
      if (!target || target === file) return
      const route = routeBack(target, file)
      if (!route) return
      const names = [file, ...route, file].map((f) => path.relative(import.meta.dirname, f))
      context.report({ node, messageId: 'cycle', data: { route: names.join(' -> ') } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default tseslint.config(
  {
    ignores: ['dist', '.out', 'node_modules', 'src/routeTree.gen.ts', 'test-results', 'playwright-report', 'bench/out'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, local: { rules: { 'no-cycle-with-types': noCycleWithTypes } } },
    settings: {
      // Resolve `@/…` aliases and .ts files so the cycle check follows every import.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      // import-x/no-cycle cannot see cycles made of type imports; this one follows them too.
      'local/no-cycle-with-types': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Browser code never imports the mock server or Node-only code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', 'node:*'], message: 'Browser code must not import server code or Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // The contract is shared by the browser and the mock: it must stay free of React and DOM.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@/*', '../*', '!./*'],
              message: 'The contract imports only zod and its own files.',
            },
          ],
        },
      ],
    },
  },
)

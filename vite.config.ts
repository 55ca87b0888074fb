import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { fileURLToPath } from 'node:url'

// The router plugin must come before react(): it rewrites route files for code splitting.
export default defineConfig({
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Loaders are split too: a detail route's loader imports that resource's client and schemas,
      // which the assistants list (the cold-load page) must not pay for.
      codeSplittingOptions: {
        defaultBehavior: [['loader', 'component', 'pendingComponent', 'errorComponent', 'notFoundComponent']],
      },
    }),
    react(),
    tailwindcss(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    modulePreload: {
      // Every browser the console supports has <link rel=modulepreload>: the polyfill is dead weight in the entry.
      polyfill: false,
      // index.html preloads the entry's imports; lazy pages load their own imports when they load, so the
      // entry does not carry a dependency list per lazy page (the assistants list must not get heavier
      // with every page added).
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  test: {
    // Unit tests cover logic (contract, client, reducers, parsers, the mock): no DOM needed.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'cli/**/*.test.ts'],
  },
})

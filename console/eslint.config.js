// Lint for the console, run by the Maven build (`npm run lint`) before the type check; any finding, warning or error,
// fails the build (`--max-warnings 0`). Vue's essential rules for templates (mistakes, not layout) and
// typescript-eslint's recommended rules for scripts. The generated API types are not linted: the build checks them
// against openapi.json instead (`npm run generate:check`).
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import globals from 'globals'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    // The browser tests run in Node and hand callbacks to the page, which run in the browser.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)

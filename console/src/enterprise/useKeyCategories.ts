import { ref } from 'vue'
import { locale } from '@/i18n'
import { keyCategories } from './enterpriseApi'
import type { KeyCategoryInfo } from './types'

/** The key categories' names in the current language, loaded once per page load. */
const known = ref<KeyCategoryInfo[]>([])
let loading: Promise<void> | null = null

export function useKeyCategories() {
  loading ??= keyCategories()
    .then((list) => {
      known.value = list
    })
    .catch(() => {
      loading = null
    })
  function name(code: string): string {
    const found = known.value.find((k) => k.code === code)
    return found ? (locale.value === 'en' ? found.en : found.zh) : code
  }
  return { name }
}

import { ref } from 'vue'
import { locale } from '@/i18n'
import { hazardCategories } from './hazardApi'
import { categoryName } from './hazardStats'
import type { HazardCategory } from './types'

const categories = ref<HazardCategory[]>([])
let requested = false

/** The hazard taxonomy (loaded once) and the name of a category in the current language. */
export function useCategories() {
  if (!requested) {
    requested = true
    hazardCategories()
      .then((list) => (categories.value = list.filter((c) => c.active !== false)))
      .catch((error: unknown) => {
        requested = false
        console.warn('hazard categories unavailable', error)
      })
  }
  return {
    categories,
    name: (code: string | null | undefined) => (code ? categoryName(code, categories.value, locale.value === 'en') : '—'),
  }
}

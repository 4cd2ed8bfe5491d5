import { ref, watch, type Ref } from 'vue'
import { ApiError } from '@/api/http'
import { t } from '@/i18n'
import { getOrder } from './hazardApi'
import type { DisposalOrder } from './types'

/** One order, loaded by id and reloaded on demand (after a move, or when the platform says it changed). */
export function useOrder(id: Ref<string>) {
  const order = ref<DisposalOrder | null>(null)
  const loading = ref(false)
  const failure = ref<string | null>(null)
  let generation = 0

  async function load() {
    const mine = ++generation
    loading.value = true
    failure.value = null
    try {
      const answer = await getOrder(id.value)
      if (mine === generation) order.value = answer
    } catch (error) {
      if (mine !== generation) return
      failure.value =
        error instanceof ApiError && (error.status === 404 || error.status === 403)
          ? `${t('hazard.error.notFound')}（${error.message}）`
          : error instanceof ApiError
            ? error.message
            : t('common.error')
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  watch(id, () => void load(), { immediate: true })
  return { order, loading, failure, load }
}

import { onBeforeUnmount, reactive } from 'vue'
import { photoBytes } from './hazardApi'

/**
 * Object URLs of order photos. `<img src>` cannot send the bearer token, so each photo is fetched once with it
 * and shown from a blob URL, revoked when the component goes.
 */
export function usePhotoUrls() {
  const urls = reactive<Record<string, string>>({})
  const failed = reactive<Record<string, boolean>>({})
  const pending = new Set<string>()
  const aborter = new AbortController()

  function load(ids: readonly string[]) {
    for (const id of ids) {
      if (urls[id] || pending.has(id)) continue
      pending.add(id)
      photoBytes(id, aborter.signal)
        .then((blob) => {
          urls[id] = URL.createObjectURL(blob)
          delete failed[id]
        })
        .catch(() => {
          if (!aborter.signal.aborted) failed[id] = true
        })
        .finally(() => pending.delete(id))
    }
  }

  onBeforeUnmount(() => {
    aborter.abort()
    for (const url of Object.values(urls)) URL.revokeObjectURL(url)
  })

  return { urls, failed, load }
}

import { onBeforeUnmount, ref } from 'vue'

/** The current time as a ref that ticks every `period` ms, for countdowns that stay true while the page is open. */
export function useNow(period = 30_000) {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), period)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}

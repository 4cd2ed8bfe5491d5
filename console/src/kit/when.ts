import { dateLocale } from '@/i18n'

/** An instant from the platform as the console's language writes date and time; `none` when there is none. */
export function when(iso: string | null | undefined, none = ''): string {
  return iso ? new Date(iso).toLocaleString(dateLocale()) : none
}

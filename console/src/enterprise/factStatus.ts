import { zh } from './messages'

/**
 * The message key naming a linked record's status in the user's language. Facts come from many modules (hazard
 * orders, cases, alarms, certificates …), each with its own status words; a word the console does not know yet is
 * named by whether the matter is still open, never shown as the raw code. A status already in Chinese stays.
 */
export function factStatusKey(status: string | null | undefined, open: boolean): keyof typeof zh | null {
  const word = status?.trim().toUpperCase() ?? ''
  if (/[\u4e00-\u9fff]/.test(word)) return null
  const key = `enterprise.factStatus.${word}`
  if (word && key in zh) return key as keyof typeof zh
  return open ? 'enterprise.factStatus.OPEN' : 'enterprise.factStatus.CLOSED'
}

/** Console texts of the enforcement pages (zh-CN is the reference; every key must exist in en). */
export const zh = {} as const

export const en: Record<keyof typeof zh, string> = {}

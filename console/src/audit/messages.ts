/** Console texts of the audit page (zh-CN is the reference; every key must exist in en). */
export const zh = {
  'audit.title': '审计日志',
  'audit.at': '时间',
  'audit.actor': '操作人',
  'audit.action': '操作',
  'audit.target': '对象',
  'audit.outcome': '结果',
  'audit.remoteAddress': '来源地址',
  'audit.forbidden': '只有管理员可以查看审计日志',
}

export const en: Record<keyof typeof zh, string> = {
  'audit.title': 'Audit log',
  'audit.at': 'Time',
  'audit.actor': 'Actor',
  'audit.action': 'Action',
  'audit.target': 'Target',
  'audit.outcome': 'Outcome',
  'audit.remoteAddress': 'Remote address',
  'audit.forbidden': 'Only administrators can see the audit log',
}

/** Console texts of the notification pages (zh-CN is the reference; every key must exist in en). */
export const zh = {
  'notification.title': '我的预警与指令',
  'notification.live': '实时',
  'notification.offline': '连接中',
  'notification.pending': '待签收 {n} 条',
  'notification.none': '暂无通知',
  'notification.escalation': '升级提醒',
  'notification.command': '指令',
  'notification.withdrawn': '已解除',
  'notification.ackWithin': '{n} 分钟内签收',
  'notification.acknowledge': '签收',
  'notification.acknowledged': '已签收',
  'notification.acknowledgedAt': '已签收 {at}',
}

export const en: Record<keyof typeof zh, string> = {
  'notification.title': 'My warnings & commands',
  'notification.live': 'live',
  'notification.offline': 'connecting',
  'notification.pending': '{n} to acknowledge',
  'notification.none': 'No notifications',
  'notification.escalation': 'Escalation',
  'notification.command': 'Command',
  'notification.withdrawn': 'Withdrawn',
  'notification.ackWithin': 'acknowledge within {n} min',
  'notification.acknowledge': 'Acknowledge',
  'notification.acknowledged': 'Acknowledged',
  'notification.acknowledgedAt': 'acknowledged {at}',
}

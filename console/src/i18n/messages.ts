import { zh as shellZh, en as shellEn } from '@/shell/messages'
import { zh as kitZh, en as kitEn } from '@/kit/messages'
import { zh as identityZh, en as identityEn } from '@/identity/messages'
import { zh as regionZh, en as regionEn } from '@/region/messages'
import { zh as organisationZh, en as organisationEn } from '@/organisation/messages'
import { zh as auditZh, en as auditEn } from '@/audit/messages'
import { zh as hazardZh, en as hazardEn } from '@/hazard/messages'
import { zh as publicZh, en as publicEn } from '@/public/messages'
import { zh as monitoringZh, en as monitoringEn } from '@/monitoring/messages'
import { zh as warningZh, en as warningEn } from '@/warning/messages'
import { zh as notificationZh, en as notificationEn } from '@/notification/messages'
import { zh as incidentZh, en as incidentEn } from '@/incident/messages'
import { zh as planZh, en as planEn } from '@/plan/messages'
import { zh as resourceZh, en as resourceEn } from '@/resource/messages'
import { zh as dutyZh, en as dutyEn } from '@/duty/messages'
import { zh as enterpriseZh, en as enterpriseEn } from '@/enterprise/messages'
import { zh as enforcementZh, en as enforcementEn } from '@/enforcement/messages'

/**
 * The console's texts, assembled from the modules: each module folder owns its `messages.ts` (keys prefixed with
 * the module's name), the kit and the shell theirs. zh-CN is the reference: every key in it must exist in en (a
 * test checks), and no two modules may define the same key (another test checks).
 */
export const catalogues = [
  { owner: 'shell', zh: shellZh, en: shellEn },
  { owner: 'kit', zh: kitZh, en: kitEn },
  { owner: 'identity', zh: identityZh, en: identityEn },
  { owner: 'region', zh: regionZh, en: regionEn },
  { owner: 'organisation', zh: organisationZh, en: organisationEn },
  { owner: 'audit', zh: auditZh, en: auditEn },
  { owner: 'hazard', zh: hazardZh, en: hazardEn },
  { owner: 'public', zh: publicZh, en: publicEn },
  { owner: 'monitoring', zh: monitoringZh, en: monitoringEn },
  { owner: 'warning', zh: warningZh, en: warningEn },
  { owner: 'notification', zh: notificationZh, en: notificationEn },
  { owner: 'incident', zh: incidentZh, en: incidentEn },
  { owner: 'plan', zh: planZh, en: planEn },
  { owner: 'resource', zh: resourceZh, en: resourceEn },
  { owner: 'duty', zh: dutyZh, en: dutyEn },
  { owner: 'enterprise', zh: enterpriseZh, en: enterpriseEn },
  { owner: 'enforcement', zh: enforcementZh, en: enforcementEn },
] as const

export const zhCN = {
  ...shellZh,
  ...kitZh,
  ...identityZh,
  ...regionZh,
  ...organisationZh,
  ...auditZh,
  ...hazardZh,
  ...publicZh,
  ...monitoringZh,
  ...warningZh,
  ...notificationZh,
  ...incidentZh,
  ...planZh,
  ...resourceZh,
  ...dutyZh,
  ...enterpriseZh,
  ...enforcementZh,
}

export type MessageKey = keyof typeof zhCN

export const en: Record<MessageKey, string> = {
  ...shellEn,
  ...kitEn,
  ...identityEn,
  ...regionEn,
  ...organisationEn,
  ...auditEn,
  ...hazardEn,
  ...publicEn,
  ...monitoringEn,
  ...warningEn,
  ...notificationEn,
  ...incidentEn,
  ...planEn,
  ...resourceEn,
  ...dutyEn,
  ...enterpriseEn,
  ...enforcementEn,
}

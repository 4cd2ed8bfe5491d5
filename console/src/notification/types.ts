/** A notice in the caller's inbox and on their stream (notification module's InboxItem). */
export interface InboxItem {
  id: string
  subjectId: string
  subjectKind: 'WARNING' | 'COMMAND' | (string & {})
  kind: 'NOTICE' | 'ESCALATION' | (string & {})
  revision: number
  title: string
  text: string
  /** False once the warning was cancelled, expired or superseded. */
  active: boolean
  status: 'PENDING' | 'SENT' | 'DELIVERED' | 'ACKNOWLEDGED' | 'FAILED' | (string & {})
  createdAt: string
  acknowledgeBy: string | null
  acknowledgedAt: string | null
}

/** The notification API shapes, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

/**
 * A notice in the caller's inbox and on their stream. `active` is false once the warning was cancelled, expired or
 * superseded. The document types the codes as plain strings; the console knows these values (and accepts new ones).
 */
export type InboxItem = Nullable<
  Refine<
    Answer<Schemas['InboxItem']>,
    {
      subjectKind: 'WARNING' | 'COMMAND' | (string & {})
      kind: 'NOTICE' | 'ESCALATION' | (string & {})
      status: 'PENDING' | 'SENT' | 'DELIVERED' | 'ACKNOWLEDGED' | 'FAILED' | (string & {})
    }
  >,
  'acknowledgeBy' | 'acknowledgedAt'
>

/** The duty API shapes (organisation module: /api/duty), aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type Shift = Answer<Schemas['Shift']>
export type DutyPosition = Shift['position']

export type CentreDuty = Nullable<
  Refine<Answer<Schemas['CentreDuty']>, { tier: 'CITY' | 'DISTRICT' | 'INDUSTRY' }>,
  'sector'
>

export type Handover = Answer<Schemas['Handover']>

// ---- Console only ----

/** The positions in the order the duty roster shows them. */
export const POSITIONS: DutyPosition[] = ['LEADER', 'OFFICER', 'ASSISTANT']

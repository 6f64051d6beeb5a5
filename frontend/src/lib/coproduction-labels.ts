import type { Labelled } from '@/lib/labels';
import type { components } from '@/types/api';

type CoproductionKind = components['schemas']['CoproductionKind'];
type CoproductionStatus = components['schemas']['CoproductionStatus'];
type LundyPrinciple = components['schemas']['LundyPrinciple'];

export const coproductionKinds: Labelled<CoproductionKind> = [
  { value: 'survey', label: 'Survey' },
  { value: 'workshop', label: 'Workshop' },
  { value: 'drop_in', label: 'Drop-in' },
  { value: 'forum', label: 'Forum' },
  { value: 'focus_group', label: 'Focus group' },
  { value: 'consultation', label: 'Consultation' },
  { value: 'board', label: 'Board' },
  { value: 'other', label: 'Other' },
];

export const coproductionStatuses: Labelled<CoproductionStatus> = [
  { value: 'open', label: 'Open' },
  { value: 'responded', label: 'Responded' },
  { value: 'closed', label: 'Closed' },
];

/** The Lundy model of participation, with what each principle asks. */
export const lundyPrinciples: (Labelled<LundyPrinciple>[number] & { hint: string })[] = [
  { value: 'space', label: 'Space', hint: 'Children and young people had a safe, inclusive opportunity to form and express their views' },
  { value: 'voice', label: 'Voice', hint: 'They were helped to express their views' },
  { value: 'audience', label: 'Audience', hint: 'Their views were listened to by those who decide' },
  { value: 'influence', label: 'Influence', hint: 'Their views were acted on, as appropriate' },
];

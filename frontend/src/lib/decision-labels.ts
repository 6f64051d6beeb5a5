import type { Labelled } from '@/lib/labels';
import type { components } from '@/types/api';

type DecisionKind = components['schemas']['DecisionKind'];

/** What can be decided about a service, in words, with what each means. */
export const decisionKinds: (Labelled<DecisionKind>[number] & { hint: string })[] = [
  { value: 'commission', label: 'Commission', hint: 'Buy a new service' },
  { value: 'recommission', label: 'Recommission', hint: 'Buy the service again, through a new contract' },
  { value: 'extend', label: 'Extend', hint: 'Keep the current contract running for longer' },
  { value: 'redesign', label: 'Redesign', hint: 'Change what the service does or how it works' },
  { value: 'jointly_commission', label: 'Jointly commission', hint: 'Buy it together with partners, such as health or social care' },
  { value: 'decommission', label: 'Decommission', hint: 'Stop buying the service' },
];

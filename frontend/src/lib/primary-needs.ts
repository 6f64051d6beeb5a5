import { orNone } from '@/lib/format';
import { labelOf, type Labelled } from '@/lib/labels';
import type { components } from '@/types/api';

export type PrimaryNeed = components['schemas']['PrimaryNeed'];

/** The primary-need codes of the DfE school census, with their names. */
export const primaryNeeds: Labelled<PrimaryNeed> = [
  { value: 'SPLD', label: 'Specific learning difficulty' },
  { value: 'MLD', label: 'Moderate learning difficulty' },
  { value: 'SLD', label: 'Severe learning difficulty' },
  { value: 'PMLD', label: 'Profound and multiple learning difficulty' },
  { value: 'SEMH', label: 'Social, emotional and mental health' },
  { value: 'SLCN', label: 'Speech, language and communication needs' },
  { value: 'HI', label: 'Hearing impairment' },
  { value: 'VI', label: 'Vision impairment' },
  { value: 'MSI', label: 'Multi-sensory impairment' },
  { value: 'PD', label: 'Physical disability' },
  { value: 'ASD', label: 'Autistic spectrum disorder' },
  { value: 'OTH', label: 'Other difficulty or disability' },
  { value: 'NSA', label: 'SEN support but no specialist assessment of type of need' },
];

/** "ASD: Autistic spectrum disorder". */
export function needLabel(need: PrimaryNeed): string {
  return `${need}: ${labelOf(primaryNeeds, need)}`;
}

/** The needs chosen, as the form offers them ("ASD: Autistic spectrum disorder; SLCN: …"), or "None". */
export function needsInWords(needs: PrimaryNeed[]): string {
  return orNone(needs.map(needLabel).join('; '));
}

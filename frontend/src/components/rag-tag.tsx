import { Tag, type TagColour } from '@/components/govuk/tag';
import type { components } from '@/types/api';

export type RagStatus = components['schemas']['RagStatus'];
export type ActionStatus = components['schemas']['ActionStatus'];

export const ragStatuses: { value: RagStatus; label: string; colour: TagColour }[] = [
  { value: 'not_started', label: 'Not started', colour: 'grey' },
  { value: 'on_track', label: 'On track', colour: 'green' },
  { value: 'at_risk', label: 'At risk', colour: 'orange' },
  { value: 'off_track', label: 'Off track', colour: 'red' },
  { value: 'achieved', label: 'Achieved', colour: 'blue' },
];

export const actionStatuses: { value: ActionStatus; label: string }[] = [
  { value: 'not_started', label: 'Not started' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'blocked', label: 'Blocked' },
];

/** A status as the API sends it in reports, where a priority may have none yet. */
export function isRagStatus(status: string | null): status is RagStatus {
  return ragStatuses.some((entry) => entry.value === status);
}

export function ragStatusTag(status: RagStatus): { label: string; colour: TagColour } {
  const found = ragStatuses.find((entry) => entry.value === status);
  return found ? { label: found.label, colour: found.colour } : { label: status, colour: 'default' };
}

export function actionStatusLabel(status: ActionStatus | undefined): string {
  return actionStatuses.find((entry) => entry.value === status)?.label ?? 'Not started';
}

export function RagTag({ status }: { status: RagStatus }) {
  const { label, colour } = ragStatusTag(status);
  return <Tag colour={colour}>{label}</Tag>;
}

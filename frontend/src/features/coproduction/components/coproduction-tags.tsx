import { Tag, type TagColour } from '@/components/govuk/tag';
import type { CoproductionStatus } from '@/features/coproduction/types';
import { coproductionStatuses } from '@/lib/coproduction-labels';
import { labelOf } from '@/lib/labels';

const colours: Record<CoproductionStatus, TagColour> = { open: 'blue', responded: 'yellow', closed: 'green' };

export function CoproductionStatusTag({ status }: { status: CoproductionStatus }) {
  return <Tag colour={colours[status] ?? 'default'}>{labelOf(coproductionStatuses, status)}</Tag>;
}

/** No feedback has been given to those who took part yet. */
export function LoopOpenTag() {
  return <Tag colour="orange">Loop not closed</Tag>;
}

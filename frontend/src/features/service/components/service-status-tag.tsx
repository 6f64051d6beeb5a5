import { Tag, type TagColour } from '@/components/govuk/tag';
import type { ServiceStatus } from '@/features/service/types';
import { serviceStatuses } from '@/lib/service-labels';
import { labelOf } from '@/lib/labels';

const colours: Record<ServiceStatus, TagColour> = { planned: 'blue', active: 'green', decommissioned: 'grey' };

export function ServiceStatusTag({ status }: { status: ServiceStatus }) {
  return <Tag colour={colours[status] ?? 'default'}>{labelOf(serviceStatuses, status)}</Tag>;
}

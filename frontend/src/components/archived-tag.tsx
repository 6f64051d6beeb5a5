import { Tag } from '@/components/govuk/tag';

export function ArchivedTag() {
  return <Tag colour="purple">Archived</Tag>;
}

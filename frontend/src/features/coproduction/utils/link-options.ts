import type { Coproduction } from '@/features/coproduction/types';
import { formatDate } from '@/lib/format';
import type { LinkOption } from '@/lib/link-choices';

/** The co-production records a record may link to, each with the day it was held. */
export function coproductionOptions(records: Coproduction[]): LinkOption[] {
  return records.map((record) => ({
    id: record.id,
    label: record.title,
    hint: record.heldOn ? `Held on ${formatDate(record.heldOn)}` : undefined,
    archived: record.archived,
  }));
}

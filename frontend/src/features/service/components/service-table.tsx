import { ArchivedTag } from '@/components/archived-tag';
import { Table, type TableSort } from '@/components/govuk/table';
import { ServiceStatusTag } from '@/features/service/components/service-status-tag';
import { serviceCells } from '@/features/service/components/service-cells';
import type { Service } from '@/features/service/types';
import { commissioningStages, formatCapacity, serviceTiers } from '@/lib/service-labels';
import { formatDate, formatMoney } from '@/lib/format';
import { labelOf } from '@/lib/labels';

/** The register's table of services; the name, provider, value and contract end columns sort. */
export function ServiceTable({
  areaCode,
  services,
  caption,
  sort,
}: {
  areaCode: string;
  services: Service[];
  /** For screen readers: a heading above names the table for everyone else. */
  caption: string;
  sort: TableSort;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      // Sortable, so its header row stays: on a narrow screen the table scrolls in its own box.
      scrollable
      sort={sort}
      head={[
        { text: 'Name', sortKey: 'name' },
        { text: 'Provider', sortKey: 'provider' },
        { text: 'Tier' },
        { text: 'Stage' },
        { text: 'Status' },
        { text: 'Annual value', numeric: true, sortKey: 'annualValue' },
        { text: 'Capacity', numeric: true },
        { text: 'Contract end', sortKey: 'contractEnd' },
      ]}
      rows={services.map((service) => ({
        key: service.id,
        cells: [
          ...serviceCells(areaCode, service),
          labelOf(serviceTiers, service.tier),
          labelOf(commissioningStages, service.stage),
          <span className="sendhub-tags">
            <ServiceStatusTag status={service.status} />
            {service.archived && <ArchivedTag />}
          </span>,
          formatMoney(service.annualValue),
          formatCapacity(service.capacity, service.capacityUnit) ?? '',
          formatDate(service.contractEnd),
        ],
      }))}
    />
  );
}

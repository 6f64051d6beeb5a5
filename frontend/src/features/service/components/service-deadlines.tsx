import { Table } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import { serviceCells } from '@/features/service/components/service-cells';
import type { Service } from '@/features/service/types';
import { formatDate, formatMoney } from '@/lib/format';

/**
 * Active services with a date coming up (a contract's end or a review) before the horizon;
 * a date already passed is flagged, as it needs action most.
 */
export function ServiceDeadlines({
  areaCode,
  services,
  caption,
  dateColumn,
  dateOf,
  pastLabel,
  today,
}: {
  areaCode: string;
  services: Service[];
  caption: string;
  dateColumn: string;
  dateOf: (service: Service) => string | null;
  /** The tag for a date before today, like "Ended" or "Overdue". */
  pastLabel: string;
  today: string;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Service' }, { text: 'Provider' }, { text: dateColumn }, { text: 'Annual value', numeric: true }]}
      rows={services.map((service) => {
        const date = dateOf(service);
        return {
          key: service.id,
          cells: [
            ...serviceCells(areaCode, service),
            <>
              {formatDate(date)}
              {date && date < today && (
                <>
                  {' '}
                  <Tag colour="red">{pastLabel}</Tag>
                </>
              )}
            </>,
            formatMoney(service.annualValue),
          ],
        };
      })}
    />
  );
}

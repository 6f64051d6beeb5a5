import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import type { ServiceDate } from '@/features/insight/types';
import { formatDate, formatMoney } from '@/lib/format';
import { servicePath } from '@/lib/paths';

/** Services with a date due (a contract's end, a review), each with its annual value; a passed one is tagged. */
export function ServiceDatesTable({
  areaCode,
  services,
  caption,
  dateColumn,
  pastLabel,
}: {
  areaCode: string;
  services: ServiceDate[];
  caption: string;
  dateColumn: string;
  /** The tag for a date already passed, like "Ended" or "Overdue". */
  pastLabel: string;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Service' }, { text: 'Provider' }, { text: dateColumn }, { text: 'Annual value', numeric: true }]}
      rows={services.map((service) => ({
        key: service.serviceId,
        cells: [
          <Link className="govuk-link" to={servicePath(areaCode, service.serviceId)}>
            {service.name}
          </Link>,
          service.provider ?? '',
          <>
            {formatDate(service.date)}
            {service.overdue && (
              <>
                {' '}
                <Tag colour="red">{pastLabel}</Tag>
              </>
            )}
          </>,
          service.annualValue === null ? 'Not recorded' : formatMoney(service.annualValue),
        ],
      }))}
    />
  );
}

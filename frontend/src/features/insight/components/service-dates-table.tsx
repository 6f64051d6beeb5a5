import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import type { ServiceDate } from '@/features/insight/types';
import { formatDate, formatMoney } from '@/lib/format';
import { servicePath } from '@/lib/paths';

/** Services with a date coming up (a contract's end, a review), each with its annual value. */
export function ServiceDatesTable({
  areaCode,
  services,
  caption,
  dateColumn,
}: {
  areaCode: string;
  services: ServiceDate[];
  caption: string;
  dateColumn: string;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      head={[{ text: 'Service' }, { text: 'Provider' }, { text: dateColumn }, { text: 'Annual value', numeric: true }]}
      rows={services.map((service) => ({
        key: service.serviceId,
        cells: [
          <Link className="govuk-link" to={servicePath(areaCode, service.serviceId)}>
            {service.name}
          </Link>,
          service.provider ?? '',
          formatDate(service.date),
          service.annualValue === null ? 'Not recorded' : formatMoney(service.annualValue),
        ],
      }))}
    />
  );
}

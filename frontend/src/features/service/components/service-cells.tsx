import { Link } from 'react-router-dom';
import type { Service } from '@/features/service/types';
import { servicePath } from '@/lib/paths';

/** The first cells of a service's row in a table: its name, linking to its page, and its provider. */
export function serviceCells(areaCode: string, service: Service) {
  return [
    <Link className="govuk-link" to={servicePath(areaCode, service.id)}>
      {service.name}
    </Link>,
    service.provider ?? '',
  ];
}

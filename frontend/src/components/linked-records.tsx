import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import type { components } from '@/types/api';

export type LinkRef = components['schemas']['LinkRef'];

/** The records linked to the one on the page, each a link to its own page; archived ones say so. */
export function LinkedRecords({
  heading,
  records,
  hrefFor,
  none,
}: {
  heading: string;
  records: LinkRef[] | undefined;
  hrefFor: (id: string) => string;
  /** Said when there are none; without it, the section is left out. */
  none?: string;
}) {
  if (!records || records.length === 0) {
    if (!none) return null;
    return (
      <>
        <h2 className="govuk-heading-m">{heading}</h2>
        <p className="govuk-body">{none}</p>
      </>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {records.map((record) => (
          <li key={record.id}>
            <Link className="govuk-link" to={hrefFor(record.id)}>
              {record.label}
            </Link>
            {record.archived && (
              <>
                {' '}
                <ArchivedTag />
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

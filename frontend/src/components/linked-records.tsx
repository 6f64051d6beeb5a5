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
  change,
}: {
  heading: string;
  records: LinkRef[] | undefined;
  hrefFor: (id: string) => string;
  /** Said when there are none; without it (and without `change`), the section is left out. */
  none?: string;
  /** A link to the form that changes these links, for users who may. */
  change?: { text: string; href: string };
}) {
  const changeLink = change && (
    <p className="govuk-body">
      <Link className="govuk-link" to={change.href}>
        {change.text}
      </Link>
    </p>
  );
  if (!records || records.length === 0) {
    if (!none && !change) return null;
    return (
      <>
        <h2 className="govuk-heading-m">{heading}</h2>
        <p className="govuk-body">{none ?? 'None linked yet.'}</p>
        {changeLink}
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
      {changeLink}
    </>
  );
}

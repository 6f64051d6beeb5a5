import { Link } from 'react-router-dom';
import { importEesPath, importValuesPath } from '@/lib/paths';

/** Links to the other indicator pages: the explorer or the catalogue, and the import for users who may edit. */
export function IndicatorPages({ other, canEdit }: { other: { text: string; href: string }; canEdit: boolean }) {
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to={other.href}>
          {other.text}
        </Link>
      </li>
      {canEdit && (
        <li>
          <Link className="govuk-link" to={importValuesPath}>
            Import indicator values
          </Link>
        </li>
      )}
      {canEdit && (
        <li>
          <Link className="govuk-link" to={importEesPath}>
            Import an Explore Education Statistics file
          </Link>
        </li>
      )}
    </ul>
  );
}

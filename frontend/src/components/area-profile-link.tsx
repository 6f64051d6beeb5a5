import { Link } from 'react-router-dom';
import { placeProfilePath } from '@/lib/paths';

/** A link to how a place compares with England, its region and its neighbours, indicator by indicator. */
export function AreaProfileLink({ code, name }: { code: string; name: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={placeProfilePath(code)}>
        Area profile: how {name} compares
      </Link>
    </p>
  );
}

import { Link } from 'react-router-dom';
import { historyPath } from '@/lib/paths';

/** The link from a record's page to every change made to it. */
export function HistoryLink({ recordPath }: { recordPath: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={historyPath(recordPath)}>
        See the history of this record
      </Link>
    </p>
  );
}

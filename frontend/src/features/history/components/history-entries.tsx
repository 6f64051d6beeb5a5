import { BulletList } from '@/components/bullet-list';
import { formatDateTime } from '@/lib/format';
import { actionWord, changeLine, type HistoryEntry, type HistoryFields } from '@/lib/history-words';

/** Each change of a record, newest first: what was done, by whom and when, and field by field what changed. */
export function HistoryEntries({ entries, fields }: { entries: HistoryEntry[]; fields: HistoryFields }) {
  return (
    <ol className="govuk-list sendhub-history">
      {entries.map((entry) => (
        <li key={entry.id} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
            {actionWord(entry.action)} by {entry.actor}
          </h2>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.changes.length > 0 && <BulletList none="" items={entry.changes.map((change) => changeLine(change, fields, entry.action))} />}
        </li>
      ))}
    </ol>
  );
}

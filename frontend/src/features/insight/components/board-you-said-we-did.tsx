import { SummaryCard } from '@/components/govuk/summary-card';
import type { BoardReport } from '@/features/insight/types';
import { coproductionKinds } from '@/lib/coproduction-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';

/** The co-production held since the last report, each record with what was said and done. */
export function BoardYouSaidWeDid({ report }: { report: BoardReport }) {
  if (report.youSaidWeDid.length === 0) {
    return (
      <p className="govuk-body">
        No co-production was held between {formatDate(report.since)} and {formatDate(report.date)}.
      </p>
    );
  }
  return (
    <>
      {report.youSaidWeDid.map((record) => (
        <SummaryCard
          key={record.id}
          headingLevel={3}
          title={record.title}
          rows={[
            { key: 'Held on', value: record.heldOn ? formatDate(record.heldOn) : 'Not recorded' },
            { key: 'Kind', value: labelOf(coproductionKinds, record.kind) },
            { key: 'You said', value: <span className="sendhub-pre-line">{record.youSaid ?? 'Not recorded'}</span> },
            { key: 'We did', value: <span className="sendhub-pre-line">{record.weDid ?? 'Not recorded yet'}</span> },
            { key: 'Feedback given', value: record.feedbackGivenOn ? formatDate(record.feedbackGivenOn) : 'Not yet: the loop is open' },
          ]}
        />
      ))}
    </>
  );
}

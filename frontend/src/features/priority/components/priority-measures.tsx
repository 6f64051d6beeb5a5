import { MeasureProgressTable } from '@/components/measure-progress-table';
import { usePriorityMeasures } from '@/features/priority/api/get-priority-measures';
import type { Priority } from '@/features/priority/types';

/** How we will know: each measure with its figure, target, progress and comparison, as the dashboard and board report show it. */
export function PriorityMeasures({ areaCode, priority }: { areaCode: string; priority: Priority }) {
  const progress = usePriorityMeasures(areaCode, priority.id, priority.version);

  return (
    <section aria-labelledby="measures-heading">
      <h2 className="govuk-heading-m" id="measures-heading">
        How we will know
      </h2>
      {priority.measures.length === 0 ? (
        <p className="govuk-body">No measures recorded. Edit the priority to add one: choose the indicator that shows whether it is working, and a target.</p>
      ) : progress.isError ? (
        <p className="govuk-body">The measures' latest figures could not be loaded. Reload the page to try again.</p>
      ) : progress.isPending ? (
        <p className="govuk-body">Loading the measures' latest figures…</p>
      ) : (
        <MeasureProgressTable measures={progress.data} caption="How we will know" areaCode={areaCode} />
      )}
    </section>
  );
}

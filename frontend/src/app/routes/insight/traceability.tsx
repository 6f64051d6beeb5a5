import { useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkedRecords } from '@/components/linked-records';
import { useArea } from '@/features/area/api/get-area';
import { useBrokenChains } from '@/features/insight/api/get-broken-chains';
import type { BrokenChains } from '@/features/insight/types';
import { areaPath, coproductionPath, priorityPath, servicePath } from '@/lib/paths';

const sections: { key: keyof BrokenChains; heading: string; none: string; pathOf: (areaCode: string, id: string) => string }[] = [
  { key: 'prioritiesWithoutMeasure', heading: 'Priorities with no measure', none: 'Every priority has a measure.', pathOf: priorityPath },
  { key: 'prioritiesWithoutService', heading: 'Priorities no service delivers', none: 'Every priority has a service delivering it.', pathOf: priorityPath },
  {
    key: 'prioritiesWithoutCoproduction',
    heading: 'Priorities no co-production has shaped',
    none: 'Every priority has been shaped by co-production.',
    pathOf: priorityPath,
  },
  { key: 'activeServicesWithoutPriority', heading: 'Active services linked to no priority', none: 'Every active service delivers a priority.', pathOf: servicePath },
  {
    key: 'coproductionThatInfluencedNothing',
    heading: 'Co-production that influenced nothing',
    none: 'Every co-production record is linked to a priority or a service.',
    pathOf: coproductionPath,
  },
];

/** Where the chain from need to voice is broken across the area. */
export function TraceabilityRoute() {
  const { areaCode = '' } = useParams();
  const area = useArea(areaCode);
  const chains = useBrokenChains(areaCode);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (chains.isError) return <LoadFailurePage error={chains.error} />;
  if (area.isPending || chains.isPending) return <LoadingPage />;

  const total = sections.reduce((sum, section) => sum + chains.data[section.key].length, 0);
  return (
    <Page
      title={`Traceability – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Traceability</h1>
      <p className="govuk-body">
        Each priority should be known by a measure, delivered by a service and shaped by co-production; each active service should
        deliver a priority, and each co-production record should influence a priority or a service.{' '}
        {total === 0 ? 'No chain is broken.' : 'These records break the chain. Each links to its record, where the chain can be mended.'}
      </p>
      {sections.map((section) => {
        const records = chains.data[section.key];
        return (
          <LinkedRecords
            key={section.key}
            heading={`${section.heading} (${records.length})`}
            records={records}
            hrefFor={(id) => section.pathOf(areaCode, id)}
            none={section.none}
          />
        );
      })}
    </Page>
  );
}

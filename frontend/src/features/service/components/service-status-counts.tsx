import { Figures } from '@/components/figures';
import { useServiceCount } from '@/features/service/api/get-services';

/** How many of the area's services are active, planned and decommissioned. */
export function ServiceStatusCounts({ areaCode }: { areaCode: string }) {
  const active = useServiceCount(areaCode, { status: 'active' });
  const planned = useServiceCount(areaCode, { status: 'planned' });
  const decommissioned = useServiceCount(areaCode, { status: 'decommissioned' });
  const counts = [
    { label: 'Active', query: active },
    { label: 'Planned', query: planned },
    { label: 'Decommissioned', query: decommissioned },
  ];
  return (
    <>
      <h2 className="govuk-visually-hidden">Services by status</h2>
      <Figures figures={counts.map(({ label, query }) => ({ label, figure: query.data === undefined ? '–' : query.data.toLocaleString('en-GB') }))} />
    </>
  );
}

import { useParams, useSearchParams } from 'react-router-dom';
import { DashboardSections } from '@/features/insight/components/dashboard-sections';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useArea } from '@/features/area/api/get-area';
import { useDashboard } from '@/features/insight/api/get-dashboard';
import { DateChoice } from '@/features/insight/components/date-choice';
import { formatDate } from '@/lib/format';
import { areaPath } from '@/lib/paths';
import { dateParam, toSearchParams } from '@/lib/search-params';

export function DashboardRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const since = dateParam(searchParams, 'since');
  const area = useArea(areaCode);
  const dashboard = useDashboard(areaCode, since);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (dashboard.isError) return <LoadFailurePage error={dashboard.error} />;
  if (area.isPending || dashboard.isPending) return <LoadingPage />;

  return (
    <Page
      title={`Dashboard – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body">
        The area on {formatDate(dashboard.data.asOf)}, compared with {formatDate(dashboard.data.since)}.
      </p>
      <DateChoice
        key={since ?? ''}
        label="Choose the date to compare with"
        fields={[
          {
            name: 'since',
            label: 'Changes since',
            hint: 'Leave empty for 3 months ago',
            value: since ?? '',
          },
        ]}
        submitLabel="Show changes"
        onApply={(values) => setSearchParams(toSearchParams(values))}
      />
      <DashboardSections areaCode={areaCode} dashboard={dashboard.data} />
    </Page>
  );
}

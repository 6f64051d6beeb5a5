import { useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useArea } from '@/features/area/api/get-area';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { useGapAnalysis } from '@/features/insight/api/get-gap-analysis';
import { GapAnalysisSection } from '@/features/insight/components/gap-analysis-section';
import { areaPath } from '@/lib/paths';

export function GapAnalysisRoute() {
  const { areaCode = '' } = useParams();
  const area = useArea(areaCode);
  const gaps = useGapAnalysis(areaCode);
  const indicators = useIndicators();
  const indicatorName = (code: string) => indicators.data?.find((indicator) => indicator.code === code)?.name;

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (gaps.isError) return <LoadFailurePage error={gaps.error} />;
  if (area.isPending || gaps.isPending) return <LoadingPage />;

  return (
    <Page
      title={`Gap analysis – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Gap analysis</h1>
      <GapAnalysisSection gaps={gaps.data} indicatorName={indicatorName} />
    </Page>
  );
}

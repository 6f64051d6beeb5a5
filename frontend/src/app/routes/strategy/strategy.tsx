import { Link, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useStrategy } from '@/features/strategy/api/get-strategy';
import { StrategyDetails } from '@/features/strategy/components/strategy-details';
import { areaPath, areaStrategyPath, strategyPath } from '@/lib/paths';

export function StrategyRoute() {
  const { areaCode = '', id = '' } = useParams();
  const area = useArea(areaCode);
  const strategy = useStrategy(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (strategy.isError) return <LoadFailurePage error={strategy.error} />;
  if (area.isPending || strategy.isPending) return <LoadingPage />;

  return (
    <Page
      title={strategy.data.title}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">Strategy</span>
      <h1 className="govuk-heading-l">{strategy.data.title}</h1>
      <StrategyDetails strategy={strategy.data} />
      <p className="govuk-body">
        <Link className="govuk-link" to={areaStrategyPath(areaCode, id)}>
          See the priorities of this strategy
        </Link>
      </p>
      <HistoryLink recordPath={strategyPath(areaCode, id)} />
    </Page>
  );
}

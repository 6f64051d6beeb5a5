import { Link, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcome } from '@/features/outcome/api/get-outcome';
import { OutcomeDetails } from '@/features/outcome/components/outcome-details';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { areaPath, outcomePath, outcomesPath, strategyPath, tracePath } from '@/lib/paths';

export function OutcomeRoute() {
  const { areaCode = '', id = '' } = useParams();
  const message = useFlashMessage();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const outcome = useOutcome(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (outcome.isError) return <LoadFailurePage error={outcome.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || outcome.isPending || me.isPending) return <LoadingPage />;

  const { record } = outcome.data;
  const strategy = strategies.data?.find((candidate) => candidate.id === record.strategyId);

  return (
    <Page
      title={record.statement}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        { text: 'Outcomes', to: outcomesPath(areaCode) },
      ]}
    >
      <OutcomeDetails
        key={record.id}
        areaCode={areaCode}
        versioned={outcome.data}
        strategy={strategy && { title: strategy.title, href: strategyPath(areaCode, strategy.id) }}
        canEdit={me.data.canEdit}
        initialMessage={message}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={tracePath(areaCode, 'outcome', record.id)}>
          Trace from need to voice
        </Link>
      </p>
      <HistoryLink recordPath={outcomePath(areaCode, record.id)} />
    </Page>
  );
}

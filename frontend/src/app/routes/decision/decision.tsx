import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useDecision } from '@/features/decision/api/get-decision';
import { DecisionDetails, decisionTitle } from '@/features/decision/components/decision-details';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { useMe } from '@/features/me/api/get-me';
import { areaPath, decisionPath, decisionsPath } from '@/lib/paths';

export function DecisionRoute() {
  const { areaCode = '', id = '' } = useParams();
  const message = useFlashMessage();
  const area = useArea(areaCode);
  const me = useMe();
  const decision = useDecision(areaCode, id);
  const indicators = useIndicators();
  const indicatorNames = useMemo(() => new Map((indicators.data ?? []).map((indicator) => [indicator.code, indicator.name])), [indicators.data]);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (decision.isError) return <LoadFailurePage error={decision.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || decision.isPending || me.isPending || indicators.isPending) return <LoadingPage />;

  return (
    <Page
      title={decisionTitle(decision.data.record)}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        { text: 'Commissioning decisions', to: decisionsPath(areaCode) },
      ]}
    >
      <DecisionDetails
        key={decision.data.record.id}
        areaCode={areaCode}
        versioned={decision.data}
        canEdit={me.data.canEdit}
        initialMessage={message}
        indicatorNames={indicatorNames}
      />
      <HistoryLink recordPath={decisionPath(areaCode, decision.data.record.id)} />
    </Page>
  );
}

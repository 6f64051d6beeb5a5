import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useAllCoproduction } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionOptions } from '@/features/coproduction/utils/link-options';
import { useDecision } from '@/features/decision/api/get-decision';
import { DecisionForm } from '@/features/decision/components/decision-form';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { indicatorOptions } from '@/features/indicator/utils/link-options';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { decisionPath } from '@/lib/paths';

export function DecisionEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const decision = useDecision(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(decision);
  const services = useServices(areaCode, { includeArchived: true });
  const indicators = useIndicators();
  const coproduction = useAllCoproduction(areaCode, { includeArchived: true });
  const detailHref = decisionPath(areaCode, id);

  return (
    <FormPage
      loads={[area, decision, services, indicators, coproduction, { data: opened }]}
      forbidden={{ heading: 'You cannot change decisions' }}
      backLink={detailHref}
    >
      {(areaData, _decision, serviceList, indicatorList, coproductionList, existing) => (
        <DecisionForm
          key={existing.record.id}
          areaCode={areaCode}
          services={serviceOptions(serviceList.items)}
          indicators={indicatorOptions(indicatorList)}
          coproduction={coproductionOptions(coproductionList.items)}
          existing={existing}
          caption={areaData.name}
          heading="Edit decision"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(decisionPath(areaCode, saved.record.id), 'Decision saved')}
        />
      )}
    </FormPage>
  );
}

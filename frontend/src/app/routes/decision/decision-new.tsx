import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useAllCoproduction } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionOptions } from '@/features/coproduction/utils/link-options';
import { DecisionForm } from '@/features/decision/components/decision-form';
import type { ForecastEvidence } from '@/features/decision/types';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { indicatorOptions } from '@/features/indicator/utils/link-options';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { decisionPath, decisionsPath, servicePath } from '@/lib/paths';

/**
 * The form to record a decision. `?service=` starts it on a service; a page that forecasts
 * (the sufficiency page) may hand over the figures the decision relies on as
 * `navigate(newDecisionPath(...), { state: { forecastEvidence } })`.
 */
export function DecisionNewRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const services = useServices(areaCode, { includeArchived: true });
  const indicators = useIndicators();
  const coproduction = useAllCoproduction(areaCode, { includeArchived: true });
  const serviceId = searchParams.get('service') ?? undefined;
  const forecastEvidence = (location.state as { forecastEvidence?: ForecastEvidence } | null)?.forecastEvidence ?? null;
  const backLink = serviceId ? servicePath(areaCode, serviceId) : decisionsPath(areaCode);

  return (
    <FormPage loads={[area, services, indicators, coproduction]} forbidden={{ heading: 'You cannot record decisions' }} backLink={backLink}>
      {(areaData, serviceList, indicatorList, coproductionList) => (
        <DecisionForm
          areaCode={areaCode}
          services={serviceOptions(serviceList.items)}
          indicators={indicatorOptions(indicatorList)}
          coproduction={coproductionOptions(coproductionList.items)}
          start={{ serviceId: serviceList.items.some((service) => service.id === serviceId) ? serviceId : undefined, forecastEvidence }}
          caption={areaData.name}
          heading="Record a commissioning decision"
          cancelHref={backLink}
          onSaved={(saved) => navigateWithMessage(decisionPath(areaCode, saved.record.id), 'Decision recorded')}
        />
      )}
    </FormPage>
  );
}

import type { ServiceFilters, ServiceSort } from '@/features/service/api/get-services';
import { oneOf } from '@/lib/labels';
import { primaryNeeds } from '@/lib/primary-needs';
import { formatMoney } from '@/lib/format';
import { commonListParams, dateParam } from '@/lib/search-params';
import { commissioningStages, fundingModels, sectors, serviceStatuses, serviceTiers } from '@/lib/service-labels';

const sorts: ServiceSort[] = ['name', '-name', 'provider', '-provider', 'annualValue', '-annualValue', 'contractEnd', '-contractEnd', 'reviewDate', '-reviewDate'];

/** The register's filters as the address gives them; what is not one of the choices is no filter. */
export function registerFilters(params: URLSearchParams): ServiceFilters {
  return {
    status: oneOf(serviceStatuses, params.get('status')),
    stage: oneOf(commissioningStages, params.get('stage')),
    tier: oneOf(serviceTiers, params.get('tier')),
    need: oneOf(primaryNeeds, params.get('need')),
    sector: oneOf(sectors, params.get('sector')),
    fundingModel: oneOf(fundingModels, params.get('fundingModel')),
    provider: params.get('provider') ?? undefined,
    contractEndsBefore: dateParam(params, 'contractEndsBefore'),
    ...commonListParams(params, sorts),
  };
}

/** "Total annual value £1,200,000 (2 have no value recorded)." */
export function valueSummary(total: number, withoutValue: number, count: number): string {
  if (withoutValue === count) return 'No annual value is recorded for them.';
  const note = withoutValue === 0 ? '' : ` (${withoutValue === 1 ? '1 has' : `${withoutValue} have`} no value recorded)`;
  return `Total annual value ${formatMoney(total)}${note}.`;
}

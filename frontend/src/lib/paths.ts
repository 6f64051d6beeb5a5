/** The app's addresses for each kind of record, so that any page can link to any record. */

/** Keycloak sends the browser here after signing out (the realm's post-logout address); it needs no sign-in. */
export const signedOutPath = '/signed-out';

export const areaPath = (areaCode: string) => `/areas/${areaCode}`;
/** The form to add an area (administrators); `new` is never a GSS code. */
export const newAreaPath = '/areas/new';
/** The area's page, opened on one of its strategies. */
export const areaStrategyPath = (areaCode: string, strategyId: string) => `${areaPath(areaCode)}?strategy=${strategyId}`;
export const strategyPath = (areaCode: string, id: string) => `/areas/${areaCode}/strategies/${id}`;
export const priorityPath = (areaCode: string, id: string) => `/areas/${areaCode}/priorities/${id}`;
/** The form to add a priority, to the strategy given. */
export const newPriorityPath = (areaCode: string, strategyId: string) => `/areas/${areaCode}/priorities/new?strategy=${strategyId}`;
export const outcomesPath = (areaCode: string) => `/areas/${areaCode}/outcomes`;
export const outcomePath = (areaCode: string, id: string) => `${outcomesPath(areaCode)}/${id}`;
export const servicesPath = (areaCode: string) => `/areas/${areaCode}/services`;
export const servicePath = (areaCode: string, id: string) => `${servicesPath(areaCode)}/${id}`;
export const coproductionListPath = (areaCode: string) => `/areas/${areaCode}/coproduction`;
export const coproductionPath = (areaCode: string, id: string) => `${coproductionListPath(areaCode)}/${id}`;
export const decisionsPath = (areaCode: string) => `/areas/${areaCode}/decisions`;
export const decisionPath = (areaCode: string, id: string) => `${decisionsPath(areaCode)}/${id}`;
/** The form to record a decision, about the service given if any. */
export const newDecisionPath = (areaCode: string, serviceId?: string) =>
  `${decisionsPath(areaCode)}/new${serviceId ? `?service=${serviceId}` : ''}`;
export const youSaidWeDidPath = (areaCode: string) => `/areas/${areaCode}/you-said-we-did`;

/** The changes of the record at `recordPath`, newest first. */
export const historyPath = (recordPath: string) => `${recordPath}/history`;
/** The form to change the record at `recordPath`. */
export const editPath = (recordPath: string) => `${recordPath}/edit`;
/** The form that links records of another kind (`services`, `coproduction`) to the record at `recordPath`, from its side. */
export const linkPath = (recordPath: string, kind: 'services' | 'coproduction') => `${recordPath}/link-${kind}`;
/** The form to add a record to the list at `listPath`. */
export const newPath = (listPath: string) => `${listPath}/new`;

/**
 * The indicator explorer, opened on an indicator and areas when given; with a breakdown other than
 * `total`, on its category, and with the comparators asked for (`england`, `region`, `neighbours`).
 */
export function indicatorsPath({
  indicator,
  areas = [],
  breakdown = 'total',
  category,
  compare = [],
}: { indicator?: string; areas?: string[]; breakdown?: string; category?: string; compare?: string[] } = {}): string {
  const params = new URLSearchParams();
  if (indicator) params.set('indicator', indicator);
  for (const area of areas) params.append('area', area);
  for (const comparator of compare) params.append('compare', comparator);
  if (breakdown !== 'total') {
    params.set('breakdown', breakdown);
    if (category) params.set('category', category);
  }
  const query = params.toString();
  return query ? `/indicators?${query}` : '/indicators';
}

export const indicatorCataloguePath = '/indicators/catalogue';
export const indicatorPath = (code: string) => `${indicatorCataloguePath}/${code}`;
/** Beside the catalogue, not in it: `new` could be an indicator's code. */
export const newIndicatorPath = '/indicators/new';
export const importValuesPath = '/indicators/import';
/** DfE's open-data files from Explore Education Statistics, as downloaded. */
export const importEesPath = '/indicators/import/ees';

/** How a place (a local authority, a region or England) compares, indicator by indicator. */
export const placeProfilePath = (code: string) => `/places/${code}/profile`;

export const dashboardPath = (areaCode: string) => `/areas/${areaCode}/dashboard`;
export const traceabilityPath = (areaCode: string) => `/areas/${areaCode}/traceability`;
export const gapAnalysisPath = (areaCode: string) => `/areas/${areaCode}/gap-analysis`;
export const boardReportPath = (areaCode: string) => `/areas/${areaCode}/board-report`;
export const sufficiencyPath = (areaCode: string) => `/areas/${areaCode}/sufficiency`;
/** The chain from need to voice, seen from a priority, an outcome or a service. */
export const tracePath = (areaCode: string, type: 'priority' | 'outcome' | 'service', id: string) =>
  `${type === 'priority' ? priorityPath(areaCode, id) : type === 'outcome' ? outcomePath(areaCode, id) : servicePath(areaCode, id)}/trace`;

/** The app's addresses for each kind of record, so that any page can link to any record. */

export const areaPath = (areaCode: string) => `/areas/${areaCode}`;
export const strategyPath = (areaCode: string, id: string) => `/areas/${areaCode}/strategies/${id}`;
export const priorityPath = (areaCode: string, id: string) => `/areas/${areaCode}/priorities/${id}`;
export const outcomesPath = (areaCode: string) => `/areas/${areaCode}/outcomes`;
export const outcomePath = (areaCode: string, id: string) => `${outcomesPath(areaCode)}/${id}`;
export const servicesPath = (areaCode: string) => `/areas/${areaCode}/services`;
export const servicePath = (areaCode: string, id: string) => `${servicesPath(areaCode)}/${id}`;
export const coproductionListPath = (areaCode: string) => `/areas/${areaCode}/coproduction`;
export const coproductionPath = (areaCode: string, id: string) => `${coproductionListPath(areaCode)}/${id}`;
export const youSaidWeDidPath = (areaCode: string) => `/areas/${areaCode}/you-said-we-did`;

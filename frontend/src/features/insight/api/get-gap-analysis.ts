import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

/** With no indicators named, the API picks the area's prevalence and growth series by primary need. */
export async function getGapAnalysis(areaCode: string) {
  return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/gap-analysis', { params: { path: { areaCode } } }));
}

export function useGapAnalysis(areaCode: string) {
  return useQuery({ queryKey: ['insight', areaCode, 'gap-analysis'], queryFn: () => getGapAnalysis(areaCode) });
}

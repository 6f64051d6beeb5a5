import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

export async function getOutcomeTrace(areaCode: string, id: string) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/outcomes/{id}/trace', { params: { path: { areaCode, id } } }),
  );
}

export function useOutcomeTrace(areaCode: string, id: string, enabled = true) {
  return useQuery({
    queryKey: ['insight', areaCode, 'trace', 'outcome', id],
    queryFn: () => getOutcomeTrace(areaCode, id),
    enabled,
  });
}

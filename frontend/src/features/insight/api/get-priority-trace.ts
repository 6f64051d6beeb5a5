import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

export async function getPriorityTrace(areaCode: string, id: string) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/priorities/{id}/trace', { params: { path: { areaCode, id } } }),
  );
}

export function usePriorityTrace(areaCode: string, id: string, enabled = true) {
  return useQuery({
    queryKey: ['insight', areaCode, 'trace', 'priority', id],
    queryFn: () => getPriorityTrace(areaCode, id),
    enabled,
  });
}

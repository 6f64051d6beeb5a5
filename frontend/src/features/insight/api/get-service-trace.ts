import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

export async function getServiceTrace(areaCode: string, id: string) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/services/{id}/trace', { params: { path: { areaCode, id } } }),
  );
}

export function useServiceTrace(areaCode: string, id: string, enabled = true) {
  return useQuery({
    queryKey: ['insight', areaCode, 'trace', 'service', id],
    queryFn: () => getServiceTrace(areaCode, id),
    enabled,
  });
}

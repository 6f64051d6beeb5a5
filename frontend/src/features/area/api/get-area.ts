import { useQuery } from '@tanstack/react-query';
import type { Area } from '@/features/area/api/get-areas';
import { apiClient, expectData } from '@/lib/api-client';

export async function getArea(areaCode: string): Promise<Area> {
  return expectData(await apiClient.GET('/api/v1/areas/{areaCode}', { params: { path: { areaCode } } }));
}

export function useArea(areaCode: string | undefined) {
  return useQuery({
    queryKey: ['areas', areaCode],
    queryFn: () => getArea(areaCode as string),
    enabled: Boolean(areaCode),
  });
}

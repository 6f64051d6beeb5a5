import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

export async function getBrokenChains(areaCode: string) {
  return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/broken-chains', { params: { path: { areaCode } } }));
}

export function useBrokenChains(areaCode: string) {
  return useQuery({ queryKey: ['insight', areaCode, 'broken-chains'], queryFn: () => getBrokenChains(areaCode) });
}

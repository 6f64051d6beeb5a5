import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import type { components } from '@/types/api';

export type MeasureProgress = components['schemas']['MeasureProgress'];

/** Each measure of the priority with its indicator's latest value, target and direction. */
export async function getPriorityMeasures(areaCode: string, id: string): Promise<MeasureProgress[]> {
  const list = expectData(await apiClient.GET('/api/v1/areas/{areaCode}/priorities/{id}/measures', { params: { path: { areaCode, id } } }));
  return list.items;
}

/** Read again with the priority (its key starts with the priority's), as a change of target changes the progress. */
export function usePriorityMeasures(areaCode: string, id: string, version: number) {
  return useQuery({
    queryKey: ['priorities', areaCode, 'one', id, 'measures', version],
    queryFn: () => getPriorityMeasures(areaCode, id),
  });
}

import type { Service, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function restoreService(areaCode: string, id: string): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/services/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreService(areaCode: string) {
  return useRecordMutation({ mutationFn: (id: string) => restoreService(areaCode, id), ...areaRecordKeys<Service>('services', areaCode) });
}

import type { Coproduction, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function restoreCoproduction(areaCode: string, id: string): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/coproduction/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreCoproduction(areaCode: string) {
  return useRecordMutation({ mutationFn: (id: string) => restoreCoproduction(areaCode, id), ...areaRecordKeys<Coproduction>('coproduction', areaCode) });
}

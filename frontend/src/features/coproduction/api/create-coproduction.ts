import type { Coproduction, CoproductionInput, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function createCoproduction(areaCode: string, input: CoproductionInput): Promise<VersionedCoproduction> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/coproduction', { params: { path: { areaCode } }, body: input }));
}

export function useCreateCoproduction(areaCode: string) {
  return useRecordMutation({ mutationFn: (input: CoproductionInput) => createCoproduction(areaCode, input), ...areaRecordKeys<Coproduction>('coproduction', areaCode) });
}

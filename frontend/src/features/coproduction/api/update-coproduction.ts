import type { Coproduction, CoproductionInput, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export type UpdateCoproductionVariables = { id: string; etag: string; input: CoproductionInput };

export async function updateCoproduction(areaCode: string, { id, etag, input }: UpdateCoproductionVariables): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/coproduction/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateCoproduction(areaCode: string) {
  return useRecordMutation({ mutationFn: (variables: UpdateCoproductionVariables) => updateCoproduction(areaCode, variables), ...areaRecordKeys<Coproduction>('coproduction', areaCode) });
}

import type { Service, ServiceInput, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export type UpdateServiceVariables = { id: string; etag: string; input: ServiceInput };

export async function updateService(areaCode: string, { id, etag, input }: UpdateServiceVariables): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/services/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateService(areaCode: string) {
  return useRecordMutation({ mutationFn: (variables: UpdateServiceVariables) => updateService(areaCode, variables), ...areaRecordKeys<Service>('services', areaCode) });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serviceQueryKey } from '@/features/service/api/get-service';
import type { ServiceInput, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateServiceVariables) => updateService(areaCode, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(serviceQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['services', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

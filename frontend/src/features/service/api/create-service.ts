import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serviceQueryKey } from '@/features/service/api/get-service';
import type { ServiceInput, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function createService(areaCode: string, input: ServiceInput): Promise<VersionedService> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/services', { params: { path: { areaCode } }, body: input }));
}

export function useCreateService(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ServiceInput) => createService(areaCode, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(serviceQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['services', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

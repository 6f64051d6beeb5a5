import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serviceQueryKey } from '@/features/service/api/get-service';
import type { VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function restoreService(areaCode: string, id: string): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/services/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreService(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreService(areaCode, id),
    onSuccess: (saved) => {
      queryClient.setQueryData(serviceQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['services', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

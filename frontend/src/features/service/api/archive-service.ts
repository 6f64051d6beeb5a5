import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serviceQueryKey } from '@/features/service/api/get-service';
import type { VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function archiveService(areaCode: string, id: string, etag: string): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/services/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveService(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveService(areaCode, id, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(serviceQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['services', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

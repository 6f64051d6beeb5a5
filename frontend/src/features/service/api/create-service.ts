import type { Service, ServiceInput, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function createService(areaCode: string, input: ServiceInput): Promise<VersionedService> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/services', { params: { path: { areaCode } }, body: input }));
}

export function useCreateService(areaCode: string) {
  return useRecordMutation({ mutationFn: (input: ServiceInput) => createService(areaCode, input), ...areaRecordKeys<Service>('services', areaCode) });
}

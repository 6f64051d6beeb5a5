import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Me = components['schemas']['Me'];

export async function getMe(): Promise<Me> {
  return expectData(await apiClient.GET('/api/v1/me'));
}

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: getMe, staleTime: Infinity });
}

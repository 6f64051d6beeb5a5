import { useQueries, useQuery } from '@tanstack/react-query';
import type { Place } from '@/features/geography/types';
import { apiClient, expectData } from '@/lib/api-client';

export async function getPlace(code: string): Promise<Place> {
  return expectData(await apiClient.GET('/api/v1/geography/{code}', { params: { path: { code } } }));
}

const placeQuery = (code: string) => ({ queryKey: ['geography', 'one', code], queryFn: () => getPlace(code), staleTime: Infinity });

/** A place with its region and statistical neighbours; the geography changes only when it is loaded again. */
export function usePlace(code: string | undefined) {
  return useQuery({ ...placeQuery(code ?? ''), enabled: Boolean(code) });
}

/** Several places at once (those a bookmarked view names), each read once and kept. */
export function usePlaces(codes: string[]) {
  return useQueries({ queries: codes.map(placeQuery) });
}

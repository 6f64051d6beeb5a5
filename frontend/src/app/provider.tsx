import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BenchmarkWords } from '@/components/measure-progress-table';
import type { Benchmark } from '@/features/indicator/types';
import { verdictOf } from '@/features/indicator/utils/verdict';
import { ApiError } from '@/lib/api-client';

/** A measure's comparison in the explorer's words: against England and the statistical neighbours' mean. */
const comparedWithEnglandAndNeighbours = (benchmark: Benchmark) => verdictOf(benchmark, ['england', 'neighbours']).headline;

/** An answer such as 404 or 422 will not change by asking again; a network failure or 5xx may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <BenchmarkWords.Provider value={comparedWithEnglandAndNeighbours}>{children}</BenchmarkWords.Provider>
    </QueryClientProvider>
  );
}

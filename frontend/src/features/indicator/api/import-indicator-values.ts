import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';

export type ImportVariables = { file: Blob; dryRun: boolean };

/**
 * Sends the analysts' CSV as it is on disk: its bytes, not text the browser has decoded, so the
 * API can tell a file that is not UTF-8. With `dryRun` the API checks and counts, and writes nothing.
 */
export async function importIndicatorValues({ file, dryRun }: ImportVariables): Promise<ImportReport> {
  return expectData(
    await apiClient.POST('/api/v1/indicator-values/import', {
      params: { query: { dryRun } },
      headers: { 'Content-Type': 'text/csv' },
      // The contract types the body as text; what is sent is the file itself.
      body: '',
      bodySerializer: () => file,
    }),
  );
}

export function useImportIndicatorValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importIndicatorValues,
    // Values feed the explorer, priorities' measures, dashboards and the gap analysis: everything is read again when next shown.
    onSuccess: (report) => (report.dryRun ? undefined : queryClient.invalidateQueries()),
  });
}

/** Files the API serves only with the bearer token: fetched, then saved as a download link would. */

/** The file name from `Content-Disposition: attachment; filename="..."`, or a fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Saves a file the browser holds under `fileName`, as a download link would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The problem+json of a failed download, read as a blob like the file it was meant to be. */
export async function problemBody(error: unknown): Promise<unknown> {
  if (error instanceof Blob) {
    try {
      return JSON.parse(await error.text());
    } catch {
      return undefined;
    }
  }
  return error;
}

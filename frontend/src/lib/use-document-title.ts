import { useEffect } from 'react';

export const serviceName = 'SEND Hub';

/** Sets the browser tab's title, GOV.UK style: "Error: " first when the page shows errors. */
export function useDocumentTitle(pageTitle: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – ${serviceName}`;
  }, [pageTitle, hasErrors]);
}

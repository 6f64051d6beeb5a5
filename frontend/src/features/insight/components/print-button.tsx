import { Button } from '@/components/govuk/button';

/** Opens the browser's print dialogue, where the report can also be saved as a PDF. */
export function PrintButton({ children = 'Print or save as PDF' }: { children?: string }) {
  return (
    <Button variant="secondary" className="sendhub-no-print" onClick={() => window.print()}>
      {children}
    </Button>
  );
}

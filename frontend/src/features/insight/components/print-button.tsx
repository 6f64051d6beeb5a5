import { Button } from '@/components/govuk/button';

export function PrintButton({ children = 'Print this report' }: { children?: string }) {
  return (
    <Button variant="secondary" className="sendhub-no-print" onClick={() => window.print()}>
      {children}
    </Button>
  );
}

import type { ReactNode } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Breadcrumbs, type Breadcrumb } from '@/components/govuk/breadcrumbs';
import { useDocumentTitle } from '@/lib/use-document-title';

function DocumentTitle({ title, hasErrors }: { title: string; hasErrors: boolean }) {
  useDocumentTitle(title, hasErrors);
  return null;
}

/**
 * One page of the app: breadcrumbs or a back link above `main`, as in the GOV.UK template.
 * Without `title` the page's content sets the document title itself (forms do, to flag errors).
 */
export function Page({
  title,
  hasErrors = false,
  breadcrumbs,
  backLink,
  children,
}: {
  title?: string;
  hasErrors?: boolean;
  breadcrumbs?: Breadcrumb[];
  backLink?: string;
  children: ReactNode;
}) {
  return (
    <>
      {title !== undefined && <DocumentTitle title={title} hasErrors={hasErrors} />}
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      {backLink && <BackLink to={backLink} />}
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

import { Link } from 'react-router-dom';
import { Page } from '@/app/page';
import { ApiError } from '@/lib/api-client';

function HomeLink() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/">
        Go to your areas
      </Link>
    </p>
  );
}

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <HomeLink />
    </Page>
  );
}

export function ForbiddenPage({
  heading = 'You cannot do this',
  reason = 'Your account can view records but not change them.',
}: {
  heading?: string;
  /** Who may do it, when that is not simply "users who may change records". */
  reason?: string;
}) {
  return (
    <Page title={heading}>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">Ask your SEND Hub administrator if you need to change records.</p>
      <HomeLink />
    </Page>
  );
}

export function ServiceErrorPage({ error }: { error: unknown }) {
  const detail = error instanceof ApiError ? error.detail ?? error.title : undefined;
  return (
    <Page title="Sorry, there is a problem with the service">
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      {detail && <p className="govuk-body">The service said: {detail}</p>}
      <HomeLink />
    </Page>
  );
}

/** The page for a failed load: a record outside the caller's areas is simply not found. */
export function LoadFailurePage({ error }: { error: unknown }) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage />;
  return <ServiceErrorPage error={error} />;
}

export function LoadingPage() {
  return (
    <Page title="Loading">
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </Page>
  );
}

import { SignedOutShell } from '@/app/signed-out-shell';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * Where Keycloak sends the browser after signing out (the realm allows it as a post-logout
 * address). It needs no sign-in, so it says plainly that the user has left.
 */
export function SignedOutPage() {
  useDocumentTitle('You have signed out');
  return (
    <SignedOutShell>
      <h1 className="govuk-heading-l">You have signed out</h1>
      <p className="govuk-body">You have signed out of SEND Hub. If you are using a shared computer, close the browser as well.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/">
          Sign in again
        </a>
      </p>
    </SignedOutShell>
  );
}

import { SignedOutShell } from '@/app/signed-out-shell';

/** Shown when Keycloak cannot be reached, so the user is not left on a browser error page. */
export function SignInUnavailable({ keycloakUrl }: { keycloakUrl: string }) {
  return (
    <SignedOutShell>
      <h1 className="govuk-heading-l">Sorry, you cannot sign in at the moment</h1>
      <p className="govuk-body">The sign-in service did not answer. Nothing you saved has been lost.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/">
          Try again
        </a>{' '}
        in a few minutes. If it still does not work, tell your SEND Hub administrator.
      </p>
      <p className="govuk-body-s">For your administrator: the sign-in service at {keycloakUrl} did not answer.</p>
    </SignedOutShell>
  );
}

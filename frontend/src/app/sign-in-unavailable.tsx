/** Shown when Keycloak cannot be reached, so the user is not left with a blank page. */
export function SignInUnavailable({ keycloakUrl }: { keycloakUrl: string }) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        <h1 className="govuk-heading-l">Sorry, you cannot sign in at the moment</h1>
        <p className="govuk-body">The sign-in service at {keycloakUrl} did not answer.</p>
        <p className="govuk-body">Try again later, or ask your SEND Hub administrator whether it is running.</p>
      </main>
    </div>
  );
}

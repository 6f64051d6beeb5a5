import { Link } from 'react-router-dom';

/** Who is signed in, as the header shows it. */
export type HeaderAccount = { name: string; role: string };

/**
 * The header bar with the service's name (SEND Hub is not on GOV.UK, so it carries no GOV.UK
 * logo) and, once known, who is signed in and their role.
 */
export function Header({ serviceName, homeHref = '/', account }: { serviceName: string; homeHref?: string; account?: HeaderAccount }) {
  return (
    <div className="govuk-header">
      <div className="govuk-header__container govuk-width-container sendhub-header__container">
        <div className="govuk-header__logo">
          <Link to={homeHref} className="govuk-header__homepage-link">
            <span className="govuk-header__product-name sendhub-header__service-name">{serviceName}</span>
          </Link>
        </div>
        {account && (
          <p className="sendhub-header__account">
            Signed in as <strong>{account.name}</strong> ({account.role})
          </p>
        )}
      </div>
    </div>
  );
}

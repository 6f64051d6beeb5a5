import { Link } from 'react-router-dom';

/** The header bar with the service's name: SEND Hub is not on GOV.UK, so it carries no GOV.UK logo. */
export function Header({ serviceName, homeHref = '/' }: { serviceName: string; homeHref?: string }) {
  return (
    <div className="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <Link to={homeHref} className="govuk-header__homepage-link">
            <span className="govuk-header__product-name sendhub-header__service-name">{serviceName}</span>
          </Link>
        </div>
      </div>
    </div>
  );
}

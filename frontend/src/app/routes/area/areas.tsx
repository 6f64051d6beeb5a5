import { Link, Navigate } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { useAreas } from '@/features/area/api/get-areas';
import { useMe } from '@/features/me/api/get-me';
import { areaPath, newAreaPath } from '@/lib/paths';

export function AreasRoute() {
  const areas = useAreas();
  const me = useMe();
  if (areas.isPending || me.isPending) return <LoadingPage />;
  if (areas.isError) return <LoadFailurePage error={areas.error} />;
  // Someone who works in one area has nothing to choose: they go straight to it. An administrator
  // stays, as this page is also where areas are added.
  if (areas.data.length === 1 && !me.data?.isAdmin) return <Navigate replace to={areaPath(areas.data[0].code)} />;

  return (
    <Page title="Choose an area">
      <h1 className="govuk-heading-l">Choose an area</h1>
      {me.data?.isAdmin && (
        <LinkButton to={newAreaPath} variant="secondary">
          Add an area
        </LinkButton>
      )}
      {areas.data.length === 0 ? (
        <p className="govuk-body">Your account does not have any areas yet. Ask your SEND Hub administrator to add one.</p>
      ) : (
        <>
          <p className="govuk-body">These are the local areas you can see.</p>
          <ul className="govuk-list sendhub-area-list">
            {areas.data.map((area) => (
              <li key={area.code}>
                <Link className="govuk-link govuk-!-font-weight-bold govuk-!-font-size-24" to={areaPath(area.code)}>
                  {area.name}
                </Link>
                {(area.icbName || area.demo) && (
                  <div className="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    {[area.icbName, area.demo && 'Demonstration data'].filter(Boolean).join(', ')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

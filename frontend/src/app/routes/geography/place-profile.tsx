import { useParams, useSearchParams } from 'react-router-dom';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { Page } from '@/app/page';
import { usePlaceProfile } from '@/features/benchmark/api/get-place-profile';
import { DeveloperDetails } from '@/features/benchmark/components/developer-details';
import { DownloadProfile } from '@/features/benchmark/components/download-profile';
import { ProfileChoicesForm } from '@/features/benchmark/components/profile-choices-form';
import { ProfileKey } from '@/features/benchmark/components/profile-key';
import { ProfileTable } from '@/features/benchmark/components/profile-table';
import type { AreaProfile } from '@/features/benchmark/types';
import { isWorseAndWorsening, rolesIn } from '@/features/benchmark/utils/comparisons';
import { choicesFrom, toProfileParams } from '@/features/benchmark/utils/profile-choices';
import { countOf } from '@/lib/format';
import { indicatorsPath } from '@/lib/paths';

/** What the profile compares the place with, in a sentence. */
function lead({ place, confidenceLevel }: AreaProfile): string {
  const latest = 'on every indicator with figures for it, each at its latest period';
  const significant = `A difference counts only where it is significant at ${confidenceLevel}% confidence.`;
  if (place.level === 'country') return `England's figures ${latest}, and how local authorities spread around them.`;
  if (place.level === 'region') return `How ${place.name} compares with England ${latest}. ${significant}`;
  const region = place.region ? `${place.region.name}, its region,` : 'its region';
  return `How ${place.name} compares with England, ${region} and its statistical neighbours (the local authorities most like it) ${latest}. ${significant}`;
}

/** A place's area profile, as Fingertips' spine chart: every indicator compared with England, the region and the neighbours. */
export function PlaceProfileRoute() {
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const choices = choicesFrom(searchParams);
  const profile = usePlaceProfile(code, choices.confidence);

  if (profile.isError) return <LoadFailurePage error={profile.error} />;
  if (profile.isPending) return <LoadingPage />;

  const { place, rows, confidenceLevel } = profile.data;
  const canFilter = rolesIn(rows).includes('england');
  const filtered = canFilter && choices.worseAndWorsening;
  const shown = filtered ? rows.filter(isWorseAndWorsening) : rows;

  return (
    <Page title={`${place.name} area profile`} breadcrumbs={[{ text: 'Indicators', to: indicatorsPath() }]}>
      <h1 className="govuk-heading-l">{place.name} area profile</h1>
      <p className="govuk-body-l">{lead(profile.data)}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <ProfileChoicesForm
            key={searchParams.toString()}
            choices={choices}
            canFilter={canFilter}
            onApply={(next) => setSearchParams(toProfileParams(next))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <ProfileKey placeName={place.name} confidenceLevel={confidenceLevel} compared={rolesIn(rows).length > 0} />
        </div>
      </div>
      <p className="govuk-body" role="status">
        {profile.isPlaceholderData
          ? `Comparing at ${choices.confidence}% confidence…`
          : filtered
            ? `${shown.length} of ${countOf(rows.length, 'indicator')}: those where ${place.name} is worse than England and getting worse.`
            : `${countOf(rows.length, 'indicator')}.`}
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">
          There are no figures for {place.name} yet. They come from indicator imports: an analyst or administrator can import them under
          Indicators.
        </p>
      ) : shown.length === 0 ? (
        <p className="govuk-body">No indicator is worse than England and getting worse.</p>
      ) : (
        <ProfileTable profile={profile.data} rows={shown} caption={`${place.name} compared, at ${confidenceLevel}% confidence`} />
      )}
      <DownloadProfile code={place.code} placeName={place.name} confidence={confidenceLevel} />
      <DeveloperDetails code={place.code} confidence={confidenceLevel} />
    </Page>
  );
}

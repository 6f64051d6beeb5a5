import { useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { ExplorerPlaces } from '@/app/routes/indicator/explorer-places';
import { AreaProfileLink } from '@/components/area-profile-link';
import { useAreas } from '@/features/area/api/get-areas';
import { usePlace } from '@/features/geography/api/get-place';
import { useIndicatorTrend } from '@/features/indicator/api/get-indicator-trend';
import { useIndicatorValues } from '@/features/indicator/api/get-indicator-values';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { DownloadValues } from '@/features/indicator/components/download-values';
import { ExplorerControls } from '@/features/indicator/components/explorer-controls';
import { IndicatorPages } from '@/features/indicator/components/indicator-pages';
import {
  BreakdownView,
  ComparisonView,
  IndicatorDetails,
  TrendSummary,
  TrendView,
  type AreaName,
} from '@/features/indicator/components/indicator-views';
import type { Indicator, Selection } from '@/features/indicator/types';
import { categoriesOf, latestByArea } from '@/features/indicator/utils/series';
import { breakdownQuery, placesShown, selectionFrom, seriesQuery, toPageParams, totalBreakdown } from '@/features/indicator/utils/selection';
import { useMe } from '@/features/me/api/get-me';
import { englandCode } from '@/lib/geography';
import { indicatorCataloguePath } from '@/lib/paths';

/** The indicator explorer: an indicator's values over periods, across areas and by category, each as a chart and a table. */
export function IndicatorsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const indicators = useIndicators();
  const areas = useAreas();
  const me = useMe();
  const requested = selectionFrom(searchParams);
  // With no places in the address, every area the user may see.
  const chosen = requested.areas.length > 0 ? requested.areas : (areas.data ?? []).map((area) => area.code);
  const first = usePlace(chosen[0]);

  if (indicators.isError) return <LoadFailurePage error={indicators.error} />;
  if (areas.isError) return <LoadFailurePage error={areas.error} />;
  if (indicators.isPending || areas.isPending) return <LoadingPage />;

  const selection: Selection = { ...requested, areas: chosen };
  const yourAreas = areas.data.map((area) => ({ code: area.code, name: area.name }));
  // The comparators are named as the geography names them.
  const placeNames = first.data ? [first.data, ...(first.data.region ? [first.data.region] : []), ...first.data.neighbours] : [];
  const indicator = indicators.data.find((candidate) => candidate.code === selection.indicator);

  return (
    <Page title={indicator ? `${indicator.name} – Indicators` : 'Indicators'}>
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">{indicator ? indicator.name : 'Explore indicators'}</h1>
      <p className="govuk-body">
        Choose an indicator and places (your areas, or any place of England) to see the indicator over time, the places side by side
        and, for an indicator with a breakdown, its categories. Every chart has a table with the same numbers, and the values can be
        downloaded.
      </p>
      <IndicatorPages other={{ text: 'Indicator catalogue', href: indicatorCataloguePath }} canEdit={me.data?.canEdit ?? false} />
      <ExplorerControls
        key={searchParams.toString()}
        selection={selection}
        indicators={indicators.data}
        places={(choice, onChange) => <ExplorerPlaces yourAreas={yourAreas} choice={choice} onChange={onChange} />}
        onApply={(next) => setSearchParams(toPageParams(next))}
      />
      {first.data && <AreaProfileLink code={first.data.code} name={first.data.name} />}
      {!indicator ? (
        <p className="govuk-body">{selection.indicator ? 'There is no indicator with that code.' : 'Choose an indicator to see its values.'}</p>
      ) : selection.areas.length === 0 ? (
        <p className="govuk-body">Choose at least one place.</p>
      ) : (
        <IndicatorViews
          indicator={indicator}
          selection={{ ...selection, areas: placesShown(selection, first.data) }}
          areaNames={[{ code: englandCode, name: 'England' }, ...yourAreas, ...placeNames]}
        />
      )}
    </Page>
  );
}

function IndicatorViews({ indicator, selection, areaNames }: { indicator: Indicator; selection: Selection; areaNames: AreaName[] }) {
  const withBreakdown = selection.breakdown !== totalBreakdown;
  const breakdownValues = useIndicatorValues(breakdownQuery({ ...selection, indicator: withBreakdown ? selection.indicator : '' }));
  const category = withBreakdown ? selection.category || categoriesOf(breakdownValues.data ?? [])[0] || '' : totalBreakdown;
  const query = seriesQuery(selection, category);
  const values = useIndicatorValues({ ...query, indicator: category ? query.indicator : [] });
  const [firstArea] = selection.areas;
  const trend = useIndicatorTrend({ indicator: indicator.code, area: firstArea, breakdown: selection.breakdown, category, from: query.from, to: query.to });

  // An area outside the list (an analyst may read any) is named as the API names it.
  const nameOf = (code: string) =>
    areaNames.find((area) => area.code === code)?.name ??
    [...(values.data ?? []), ...(breakdownValues.data ?? [])].find((value) => value.areaCode === code)?.areaName ??
    code;
  const areas = selection.areas.map((code) => ({ code, name: nameOf(code) }));

  if (values.isError) return <LoadFailureMessage error={values.error} />;
  if (withBreakdown && breakdownValues.isError) return <LoadFailureMessage error={breakdownValues.error} />;
  const loading = (withBreakdown && breakdownValues.isPending) || (category !== '' && values.isPending);

  return (
    <>
      <IndicatorDetails indicator={indicator} />
      {loading ? (
        <p className="govuk-body" role="status">
          Loading values…
        </p>
      ) : category === '' || !values.data || values.data.length === 0 ? (
        <p className="govuk-body">There are no values for these places and periods.</p>
      ) : (
        <>
          {trend.data && (
            <TrendSummary trend={trend.data} indicator={indicator} areaName={areas[0].name} latestValue={latestByArea(values.data, [firstArea])[0]} />
          )}
          <TrendView indicator={indicator} areas={areas} values={values.data} breakdown={selection.breakdown} category={category} />
          <DownloadValues query={query} rows={values.data.length} />
          <ComparisonView indicator={indicator} areas={areas} values={values.data} breakdown={selection.breakdown} category={category} />
        </>
      )}
      {withBreakdown && breakdownValues.data && (
        <BreakdownView indicator={indicator} area={areas[0]} values={breakdownValues.data} breakdown={selection.breakdown} />
      )}
    </>
  );
}

function LoadFailureMessage({ error }: { error: Error }) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">The values could not be loaded</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{error.message}</p>
      </div>
    </div>
  );
}

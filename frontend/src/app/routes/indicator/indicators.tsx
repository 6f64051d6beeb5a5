import { useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { ExplorerPlaces } from '@/app/routes/indicator/explorer-places';
import { AreaProfileLink } from '@/components/area-profile-link';
import { useAreas } from '@/features/area/api/get-areas';
import { usePlaces } from '@/features/geography/api/get-place';
import { benchmarkAddress } from '@/features/indicator/api/get-indicator-benchmark';
import { useIndicatorValues } from '@/features/indicator/api/get-indicator-values';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { BenchmarkVerdict } from '@/features/indicator/components/benchmark-verdict';
import { ComparisonView } from '@/features/indicator/components/comparison-view';
import { DownloadValues } from '@/features/indicator/components/download-values';
import { ExplorerControls } from '@/features/indicator/components/explorer-controls';
import { ForDevelopers, type ApiCall } from '@/features/indicator/components/for-developers';
import { IndicatorPages } from '@/features/indicator/components/indicator-pages';
import { BreakdownView, IndicatorDetails } from '@/features/indicator/components/indicator-views';
import { NoFigures } from '@/features/indicator/components/no-figures';
import { TrendView } from '@/features/indicator/components/trend-view';
import { useBenchmarkInRange } from '@/features/indicator/hooks/use-benchmark-in-range';
import type { Indicator, Selection } from '@/features/indicator/types';
import { shownSeries, withoutFigures } from '@/features/indicator/utils/benchmark-series';
import { subjectOf } from '@/features/indicator/utils/chart-words';
import { periodRangeOf, rangeWords } from '@/features/indicator/utils/period-range';
import { categoriesOf, latestCategories } from '@/features/indicator/utils/series';
import { breakdownQuery, selectionFrom, seriesQuery, toPageParams, totalBreakdown, valuesAddress } from '@/features/indicator/utils/selection';
import { useMe } from '@/features/me/api/get-me';
import { ApiError } from '@/lib/api-client';
import { indicatorCataloguePath } from '@/lib/paths';

type Named = { code: string; name: string };

/**
 * The indicator explorer: an indicator's figures for a place over periods, beside England, its
 * region, its statistical neighbours' mean and any places picked, as charts with tables, a verdict
 * in words and a download of exactly what is shown.
 */
export function IndicatorsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const indicators = useIndicators();
  const areas = useAreas();
  const me = useMe();
  const requested = selectionFrom(searchParams);
  // With no places in the address, every area the user may see.
  const chosen = requested.areas.length > 0 ? requested.areas : (areas.data ?? []).map((area) => area.code);
  const yourAreas = (areas.data ?? []).map((area) => ({ code: area.code, name: area.name }));
  const read = usePlaces(chosen.filter((code) => !yourAreas.some((area) => area.code === code)));

  if (indicators.isError) return <LoadFailurePage error={indicators.error} />;
  if (areas.isError) return <LoadFailurePage error={areas.error} />;
  if (indicators.isPending || areas.isPending) return <LoadingPage />;

  const selection: Selection = { ...requested, areas: chosen };
  // A place outside the user's areas is named as the geography names it, once read.
  const knownName = (code: string) => yourAreas.find((area) => area.code === code)?.name ?? read.find((query) => query.data?.code === code)?.data?.name;
  const nameOf = (code: string) => knownName(code) ?? code;
  const firstName = selection.areas[0] && knownName(selection.areas[0]);
  const indicator = indicators.data.find((candidate) => candidate.code === selection.indicator);
  const forDevelopers = me.data?.roles.some((role) => role === 'analyst' || role === 'admin') ?? false;

  return (
    <Page title={indicator ? `${indicator.name} – Indicators` : 'Indicators'}>
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">{indicator ? indicator.name : 'Explore indicators'}</h1>
      <p className="govuk-body">
        Choose an indicator and places (your areas, or any place of England) to see the first place over time beside England, its
        region and its statistical neighbours, the places side by side and, for an indicator with a breakdown, its categories. Every
        chart has a table with the same numbers, and what is shown can be downloaded.
      </p>
      <IndicatorPages other={{ text: 'Indicator catalogue', href: indicatorCataloguePath }} canEdit={me.data?.canEdit ?? false} />
      <ExplorerControls
        key={searchParams.toString()}
        selection={selection}
        indicators={indicators.data}
        places={(choice, onChange) => <ExplorerPlaces yourAreas={yourAreas} showCodes={forDevelopers} choice={choice} onChange={onChange} />}
        onApply={(next) => setSearchParams(toPageParams(next))}
      />
      {firstName && <AreaProfileLink code={selection.areas[0]} name={firstName} />}
      {!indicator ? (
        <p className="govuk-body">{selection.indicator ? 'There is no indicator with that code.' : 'Choose an indicator to see its values.'}</p>
      ) : selection.areas.length === 0 ? (
        <p className="govuk-body">Choose at least one place.</p>
      ) : (
        <IndicatorViews
          indicator={indicator}
          selection={selection}
          places={selection.areas.map((code) => ({ code, name: nameOf(code) }))}
          forDevelopers={forDevelopers}
        />
      )}
    </Page>
  );
}

function IndicatorViews({ indicator, selection, places, forDevelopers }: { indicator: Indicator; selection: Selection; places: Named[]; forDevelopers: boolean }) {
  const withBreakdown = selection.breakdown !== totalBreakdown;
  const breakdownValues = useIndicatorValues(breakdownQuery({ ...selection, indicator: withBreakdown ? selection.indicator : '' }));
  const category = withBreakdown ? selection.category || categoriesOf(breakdownValues.data ?? [])[0] || '' : totalBreakdown;
  const period = periodRangeOf(selection.from, selection.to);
  const range = 'range' in period ? period.range : undefined;
  const [first, ...picked] = places;
  const query = { indicator: indicator.code, area: first.code, breakdown: selection.breakdown, category, compareTo: picked.map((place) => place.code) };
  const { withSeries, verdict, verdictQuery } = useBenchmarkInRange(query, range);

  if ('problem' in period) return <LoadFailureMessage error={new Error(period.problem)} />;
  if (withBreakdown && breakdownValues.isError) return <LoadFailureMessage error={breakdownValues.error} />;
  // The API answers 404 when the first place has no figure at all: then nothing is known of the others.
  const firstHasNone = withSeries.error instanceof ApiError && withSeries.error.status === 404;
  if (withSeries.isError && !firstHasNone) return <LoadFailureMessage error={withSeries.error} />;
  const loading = (withBreakdown && breakdownValues.isPending) || (category !== '' && withSeries.isPending);
  const all = withSeries.data?.series ?? [];
  const series = range ? shownSeries(all, selection.compare, range) : [];
  const missing = firstHasNone ? [{ name: first.name, inOtherPeriods: false, comparator: false }] : range ? withoutFigures(places, all, selection.compare, range) : [];
  const categories = withBreakdown && breakdownValues.data ? latestCategories(breakdownValues.data, first.code) : [];
  const subject = subjectOf(indicator.name, selection.breakdown, category);
  const calls: ApiCall[] = [
    { what: 'The figures and the verdict', address: benchmarkAddress({ ...query, series: true }) },
    ...(verdictQuery ? [{ what: `The verdict for ${verdictQuery.period}`, address: benchmarkAddress(verdictQuery) }] : []),
    ...(series.length > 0
      ? [
          {
            what: "The places' figures as the analysts' CSV (without the neighbours' mean)",
            address: valuesAddress(seriesQuery(selection, category, series.flatMap((one) => (one.code ? [one.code] : []))), 'csv'),
          },
        ]
      : []),
    ...(withBreakdown ? [{ what: 'The breakdown', address: valuesAddress(breakdownQuery(selection), 'json') }] : []),
  ];

  const benchmark = withSeries.data;
  return (
    <>
      <IndicatorDetails indicator={indicator} />
      {forDevelopers && <ForDevelopers indicatorCode={indicator.code} calls={calls} />}
      {loading ? (
        <p className="govuk-body" role="status">
          Loading values…
        </p>
      ) : (
        <>
          <NoFigures places={missing} range={rangeWords(selection.from, selection.to)} />
          {benchmark && series.length > 0 ? (
            <>
              {verdict && <BenchmarkVerdict benchmark={verdict} compare={selection.compare} />}
              <TrendView indicator={benchmark.indicator} subject={subject} series={series} />
              <ComparisonView indicator={benchmark.indicator} subject={subject} series={series} />
            </>
          ) : (
            <p className="govuk-body">
              {firstHasNone && picked.length > 0
                ? `The first place is the one compared with the others: choose a place with figures for this indicator first.`
                : 'There are no figures to show for these places and periods.'}
            </p>
          )}
        </>
      )}
      {withBreakdown && breakdownValues.data && (
        <BreakdownView indicator={indicator} area={first} values={breakdownValues.data} breakdown={selection.breakdown} />
      )}
      {!loading && (series.length > 0 || categories.length > 0) && (
        <DownloadValues shown={{ indicator, breakdown: selection.breakdown, category, series, categories }} placeName={first.name} />
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

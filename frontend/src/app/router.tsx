import { Route, Routes } from 'react-router-dom';
import { Layout } from '@/app/layout';
import { AreaRoute } from '@/app/routes/area/area';
import { AreaNewRoute } from '@/app/routes/area/area-new';
import { AreasRoute } from '@/app/routes/area/areas';
import { BoardReportRoute } from '@/app/routes/insight/board-report';
import { CoproductionRoute } from '@/app/routes/coproduction/coproduction';
import { CoproductionEditRoute } from '@/app/routes/coproduction/coproduction-edit';
import { CoproductionListRoute } from '@/app/routes/coproduction/coproduction-list';
import { CoproductionNewRoute } from '@/app/routes/coproduction/coproduction-new';
import { DecisionRoute } from '@/app/routes/decision/decision';
import { DecisionEditRoute } from '@/app/routes/decision/decision-edit';
import { DecisionNewRoute } from '@/app/routes/decision/decision-new';
import { DecisionsRoute } from '@/app/routes/decision/decisions';
import { DashboardRoute } from '@/app/routes/insight/dashboard';
import { GapAnalysisRoute } from '@/app/routes/insight/gap-analysis';
import { IndicatorRoute } from '@/app/routes/indicator/indicator';
import { IndicatorCatalogueRoute } from '@/app/routes/indicator/indicator-catalogue';
import { IndicatorEditRoute } from '@/app/routes/indicator/indicator-edit';
import { EesImportRoute } from '@/app/routes/indicator/ees-import';
import { IndicatorImportRoute } from '@/app/routes/indicator/indicator-import';
import { IndicatorNewRoute } from '@/app/routes/indicator/indicator-new';
import { IndicatorsRoute } from '@/app/routes/indicator/indicators';
import { RecordHistoryRoute } from '@/app/routes/history/record-history';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PlaceProfileRoute } from '@/app/routes/geography/place-profile';
import { OutcomeRoute } from '@/app/routes/outcome/outcome';
import { OutcomeEditRoute } from '@/app/routes/outcome/outcome-edit';
import { OutcomeNewRoute } from '@/app/routes/outcome/outcome-new';
import { OutcomesRoute } from '@/app/routes/outcome/outcomes';
import { PriorityRoute } from '@/app/routes/priority/priority';
import { PriorityEditRoute } from '@/app/routes/priority/priority-edit';
import { PriorityLinkRoute } from '@/app/routes/priority/priority-link';
import { PriorityNewRoute } from '@/app/routes/priority/priority-new';
import { ServiceRoute } from '@/app/routes/service/service';
import { ServiceEditRoute } from '@/app/routes/service/service-edit';
import { ServiceLinkCoproductionRoute } from '@/app/routes/service/service-link-coproduction';
import { ServiceNewRoute } from '@/app/routes/service/service-new';
import { ServicesRoute } from '@/app/routes/service/services';
import { StrategyRoute } from '@/app/routes/strategy/strategy';
import { SufficiencyRoute } from '@/app/routes/sufficiency/sufficiency';
import { TraceRoute } from '@/app/routes/insight/trace';
import { TraceabilityRoute } from '@/app/routes/insight/traceability';
import { YouSaidWeDidRoute } from '@/app/routes/coproduction/you-said-we-did';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<AreasRoute />} />
        <Route path="areas/new" element={<AreaNewRoute />} />
        <Route path="areas/:areaCode" element={<AreaRoute />} />
        <Route path="areas/:areaCode/strategies/:id" element={<StrategyRoute />} />
        <Route path="areas/:areaCode/strategies/:id/history" element={<RecordHistoryRoute key="strategies" collection="strategies" />} />
        <Route path="areas/:areaCode/priorities/new" element={<PriorityNewRoute />} />
        <Route path="areas/:areaCode/priorities/:id" element={<PriorityRoute />} />
        <Route path="areas/:areaCode/priorities/:id/edit" element={<PriorityEditRoute />} />
        <Route path="areas/:areaCode/priorities/:id/link-services" element={<PriorityLinkRoute key="services" kind="services" />} />
        <Route path="areas/:areaCode/priorities/:id/link-coproduction" element={<PriorityLinkRoute key="coproduction" kind="coproduction" />} />
        <Route path="areas/:areaCode/priorities/:id/trace" element={<TraceRoute key="priority" type="priority" />} />
        <Route path="areas/:areaCode/priorities/:id/history" element={<RecordHistoryRoute key="priorities" collection="priorities" />} />
        <Route path="areas/:areaCode/outcomes" element={<OutcomesRoute />} />
        <Route path="areas/:areaCode/outcomes/new" element={<OutcomeNewRoute />} />
        <Route path="areas/:areaCode/outcomes/:id" element={<OutcomeRoute />} />
        <Route path="areas/:areaCode/outcomes/:id/edit" element={<OutcomeEditRoute />} />
        <Route path="areas/:areaCode/outcomes/:id/trace" element={<TraceRoute key="outcome" type="outcome" />} />
        <Route path="areas/:areaCode/outcomes/:id/history" element={<RecordHistoryRoute key="outcomes" collection="outcomes" />} />
        <Route path="areas/:areaCode/services" element={<ServicesRoute />} />
        <Route path="areas/:areaCode/services/new" element={<ServiceNewRoute />} />
        <Route path="areas/:areaCode/services/:id" element={<ServiceRoute />} />
        <Route path="areas/:areaCode/services/:id/edit" element={<ServiceEditRoute />} />
        <Route path="areas/:areaCode/services/:id/link-coproduction" element={<ServiceLinkCoproductionRoute />} />
        <Route path="areas/:areaCode/services/:id/trace" element={<TraceRoute key="service" type="service" />} />
        <Route path="areas/:areaCode/services/:id/history" element={<RecordHistoryRoute key="services" collection="services" />} />
        <Route path="areas/:areaCode/coproduction" element={<CoproductionListRoute />} />
        <Route path="areas/:areaCode/coproduction/new" element={<CoproductionNewRoute />} />
        <Route path="areas/:areaCode/coproduction/:id" element={<CoproductionRoute />} />
        <Route path="areas/:areaCode/coproduction/:id/edit" element={<CoproductionEditRoute />} />
        <Route path="areas/:areaCode/coproduction/:id/history" element={<RecordHistoryRoute key="coproduction" collection="coproduction" />} />
        <Route path="areas/:areaCode/decisions" element={<DecisionsRoute />} />
        <Route path="areas/:areaCode/decisions/new" element={<DecisionNewRoute />} />
        <Route path="areas/:areaCode/decisions/:id" element={<DecisionRoute />} />
        <Route path="areas/:areaCode/decisions/:id/edit" element={<DecisionEditRoute />} />
        <Route path="areas/:areaCode/decisions/:id/history" element={<RecordHistoryRoute key="decisions" collection="decisions" />} />
        <Route path="areas/:areaCode/you-said-we-did" element={<YouSaidWeDidRoute />} />
        <Route path="areas/:areaCode/dashboard" element={<DashboardRoute />} />
        <Route path="areas/:areaCode/traceability" element={<TraceabilityRoute />} />
        <Route path="areas/:areaCode/gap-analysis" element={<GapAnalysisRoute />} />
        <Route path="areas/:areaCode/board-report" element={<BoardReportRoute />} />
        <Route path="areas/:areaCode/sufficiency" element={<SufficiencyRoute />} />
        <Route path="indicators" element={<IndicatorsRoute />} />
        <Route path="indicators/catalogue" element={<IndicatorCatalogueRoute />} />
        <Route path="indicators/catalogue/:code" element={<IndicatorRoute />} />
        <Route path="indicators/catalogue/:code/edit" element={<IndicatorEditRoute />} />
        <Route path="indicators/new" element={<IndicatorNewRoute />} />
        <Route path="indicators/import" element={<IndicatorImportRoute />} />
        <Route path="indicators/import/ees" element={<EesImportRoute />} />
        <Route path="places/:code/profile" element={<PlaceProfileRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

import { Route, Routes } from 'react-router-dom';
import { Layout } from '@/app/layout';
import { AreaRoute } from '@/app/routes/area';
import { AreasRoute } from '@/app/routes/areas';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PriorityRoute } from '@/app/routes/priority';
import { PriorityEditRoute } from '@/app/routes/priority-edit';
import { PriorityNewRoute } from '@/app/routes/priority-new';
import { StrategyRoute } from '@/app/routes/strategy';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<AreasRoute />} />
        <Route path="areas/:areaCode" element={<AreaRoute />} />
        <Route path="areas/:areaCode/strategies/:id" element={<StrategyRoute />} />
        <Route path="areas/:areaCode/priorities/new" element={<PriorityNewRoute />} />
        <Route path="areas/:areaCode/priorities/:id" element={<PriorityRoute />} />
        <Route path="areas/:areaCode/priorities/:id/edit" element={<PriorityEditRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

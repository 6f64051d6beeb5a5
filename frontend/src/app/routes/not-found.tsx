import { NotFoundPage } from '@/app/routes/error';

export function NotFoundRoute() {
  return <NotFoundPage />;
}

import { NotFoundPage } from '@/app/error-pages';

export function NotFoundRoute() {
  return <NotFoundPage />;
}

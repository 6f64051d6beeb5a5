import { json, mockApi } from '@/test/fetch-mock';
import { coproduction, decision, editor, manchester, outcome, page, priority, service, strategy, indicatorChoices, measuresOf } from '@/test/fixtures';

const area = `/api/v1/areas/${manchester.code}`;

/** Every list honours `page` and `size` the way the API does: `total` counts all, `items` holds that page's. */
function list<T>(items: T[], totals: (all: T[]) => object = () => ({})) {
  return (request: { query: URLSearchParams }) => {
    const page = Number(request.query.get('page') ?? 0);
    const size = Number(request.query.get('size') ?? 50);
    return json({ items: items.slice(page * size, (page + 1) * size), page, size, total: items.length, ...totals(items) });
  };
}

/** The register's sums over every matching service, as the API adds them up. */
function serviceTotals(all: { annualValue: number | null }[]) {
  return {
    totalAnnualValue: all.reduce((sum, service) => sum + (service.annualValue ?? 0), 0),
    withoutAnnualValue: all.filter((service) => service.annualValue === null).length,
  };
}

/** A fake of the API for Manchester holding one record of each kind, linked to one another; tests override routes as they need. */
export function fakeAreaApi(me = editor) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', area, manchester)
    .on('GET', `${area}/strategies`, page([strategy]))
    .on('GET', `${area}/strategies/${strategy.id}`, strategy)
    .on('GET', `${area}/priorities`, list([priority]))
    .on('GET', `${area}/priorities/${priority.id}`, json(priority, { headers: { ETag: '"3"' } }))
    .on('GET', `${area}/priorities/${priority.id}/measures`, measuresOf(priority))
    .on('GET', `${area}/indicator-choices`, { items: indicatorChoices })
    .on('GET', `${area}/outcomes`, list([outcome]))
    .on(
      'GET',
      `${area}/outcomes/${outcome.id}`,
      json(
        {
          ...outcome,
          linked: {
            priorities: [{ id: priority.id, label: `1. ${priority.title}`, archived: false }],
            services: [{ id: service.id, label: service.name, archived: false }],
          },
        },
        { headers: { ETag: '"2"' } },
      ),
    )
    .on('GET', `${area}/services`, list([service], serviceTotals))
    .on(
      'GET',
      `${area}/services/${service.id}`,
      json(
        {
          ...service,
          linked: {
            priorities: [{ id: priority.id, label: `1. ${priority.title}`, archived: false }],
            outcomes: [{ id: outcome.id, label: outcome.statement, archived: true }],
            coproduction: [{ id: coproduction.id, label: coproduction.title, archived: false }],
          },
        },
        { headers: { ETag: '"6"' } },
      ),
    )
    .on('GET', `${area}/coproduction`, list([coproduction]))
    .on(
      'GET',
      `${area}/coproduction/${coproduction.id}`,
      json(
        {
          ...coproduction,
          linked: {
            priorities: [{ id: priority.id, label: `1. ${priority.title}`, archived: false }],
            services: [{ id: service.id, label: service.name, archived: false }],
          },
        },
        { headers: { ETag: '"1"' } },
      ),
    )
    .on('GET', `${area}/decisions`, list([decision]))
    .on(
      'GET',
      `${area}/decisions/${decision.id}`,
      json(
        {
          ...decision,
          linked: {
            services: [{ id: service.id, label: service.name, archived: false }],
            coproduction: [{ id: coproduction.id, label: coproduction.title, archived: false }],
          },
        },
        { headers: { ETag: '"0"' } },
      ),
    );
}

-- GET /api/v1/areas/{area}/priorities as the API runs it, copied from PostgreSQL's statement log
-- (log_statement = all): the area check of the access rules, then in one transaction the page and
-- the priorities' outcomes (Hibernate fetches a page's in one batch). No count: the page is not
-- full, so it tells the total. The variables come from pgbench -D, as parameters of prepared
-- statements (-M prepared), as JDBC's.
select a1_0.code,a1_0.created_at,a1_0.demo,a1_0.icb_code,a1_0.icb_name,a1_0.name,a1_0.updated_at,a1_0.version
from area a1_0 where a1_0.code=:area;
BEGIN;
select p1_0.id,p1_0.actions,p1_0.archived,p1_0.area_code,p1_0.created_at,p1_0.description,
p1_0.lead,p1_0.measures,p1_0.number,p1_0.rationale,p1_0.status,p1_0.strategy_id,p1_0.title,p1_0.updated_at,
p1_0.version from priority p1_0 where 1=1 and (p1_0.area_code=:area) and (p1_0.archived=false)
order by p1_0.number,p1_0.title,p1_0.id offset 0 rows fetch first 50 rows only;
select oi1_0.priority_id,oi1_0.outcome_id from priority_outcome oi1_0 where oi1_0.priority_id = any (:page_ids);
COMMIT;

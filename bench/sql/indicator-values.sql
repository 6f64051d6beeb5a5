-- GET /api/v1/indicator-values?indicator={indicator}&area={area}&size=500 (JSON) as the API runs
-- it, copied from PostgreSQL's statement log (log_statement = all): the page, a prepared statement
-- (pgbench -M prepared), as JDBC sends it once a connection has run it five times (its
-- prepareThreshold). No count: the page is not full, so it tells the total.
SELECT v.indicator_code, i.name AS indicator_name, v.area_code, a.name AS area_name, v.period,
       v.period_start, v.breakdown, v.category, v.value, v.numerator, v.denominator, v.lower_ci,
       v.upper_ci, lower(i.unit) AS unit, v.note, v.suppression
FROM indicator_value v
JOIN indicator i ON i.code = v.indicator_code
JOIN place a ON a.code = v.area_code
 WHERE true AND v.indicator_code IN (:indicator) AND v.area_code IN (:area) AND (i.published OR v.area_code IN (:area))
 ORDER BY v.indicator_code, v.area_code, (v.breakdown <> 'total'), v.breakdown, v.category, v.period_start, v.period
 LIMIT 500 OFFSET 0;

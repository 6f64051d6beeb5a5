package org.sendhub.common.paging;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The one way a list is queried: its filters become an HQL where clause with bound parameters
 * (never text pasted into the query), its {@code sort} is checked against the fields it allows,
 * and {@link #page} answers the page every list endpoint returns.
 */
public final class ListQuery {

    /** The entity a repository class keeps (its {@code PanacheRepositoryBase} type argument), found once per class. */
    private static final ClassValue<Class<?>> ENTITY_OF = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> repositoryClass) {
            for (Class<?> c = repositoryClass; c != null; c = c.getSuperclass()) {
                for (Type type : c.getGenericInterfaces()) {
                    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                            && PanacheRepositoryBase.class.isAssignableFrom(raw)
                            && generic.getActualTypeArguments()[0] instanceof Class<?> entity) {
                        return entity;
                    }
                }
            }
            throw new IllegalArgumentException(repositoryClass + " names no entity in its PanacheRepositoryBase");
        }
    };

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();
    private Sort sort;

    private ListQuery() {
    }

    public static ListQuery all() {
        return new ListQuery();
    }

    /** The records of one area. */
    public static ListQuery inArea(String areaCode) {
        return all().where("areaCode = :area", "area", areaCode);
    }

    /** Adds a condition on one parameter, unless the value is absent (no filter). */
    public ListQuery where(String condition, String param, Object value) {
        if (value != null) {
            where.append(" and (").append(condition).append(')');
            params.put(param, value);
        }
        return this;
    }

    /** Adds a condition that takes no parameter, if it applies. */
    public ListQuery whereIf(boolean applies, String condition) {
        if (applies) {
            where.append(" and (").append(condition).append(')');
        }
        return this;
    }

    public ListQuery equal(String field, Object value) {
        return where(field + " = :" + field, field, value);
    }

    /** Archived records leave lists unless asked for. */
    public ListQuery archived(boolean includeArchived) {
        return whereIf(!includeArchived, "archived = false");
    }

    /** The record's element collection holds the value. */
    public ListQuery has(String collection, Object value) {
        return where(":" + collection + " member of " + collection, collection, value);
    }

    /** Case-insensitive {@code q} text search over the given text fields. */
    public ListQuery search(String q, String... fields) {
        return contains("q", q, fields);
    }

    /** Case-insensitive search of the text {@code value} (parameter {@code param}) in any of the fields. */
    public ListQuery contains(String param, String value, String... fields) {
        String pattern = ListFilters.containsPattern(value, param);
        if (pattern == null) {
            return this;
        }
        var any = new StringBuilder();
        for (String field : fields) {
            any.append(any.isEmpty() ? "" : " or ").append("lower(coalesce(").append(field).append(", '')) like :")
                    .append(param).append(" escape '\\'");
        }
        return where(any.toString(), param, pattern);
    }

    /** Orders by the {@code sort} parameter over the allowed fields, id last so that pages are stable. */
    public ListQuery sorted(String requested, String defaultSort, Map<String, String> allowed, String tieBreaker) {
        this.sort = SortOrder.parse(requested, defaultSort, allowed, tieBreaker);
        return this;
    }

    public ListQuery sorted(Sort sort) {
        this.sort = sort;
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    public <E, V> Page<V> page(PanacheRepositoryBase<E, ?> repository, PageRequest page, Function<E, V> view) {
        // Read only: a page is only read, so its records need no snapshot to compare at commit.
        var items = repository.find(where(), sort, params).page(page.page(), page.size())
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        long total = page.totalShownBy(items.size()).orElseGet(() -> count(repository));
        return new Page<>(items.stream().map(view).toList(), page.page(), page.size(), total);
    }

    /**
     * Counted by an HQL count of its own, whose plan Hibernate keeps by its text. Panache's
     * {@code count(query, params)} and a page query's {@code count()} both derive a count from the
     * select each time, a new query tree Hibernate translates to SQL again on every request.
     */
    private long count(PanacheRepositoryBase<?, ?> repository) {
        var entityManager = repository.getEntityManager();
        String entity = entityManager.getMetamodel().entity(ENTITY_OF.get(repository.getClass())).getName();
        var count = entityManager.createQuery("select count(*) from " + entity + " where " + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }
}

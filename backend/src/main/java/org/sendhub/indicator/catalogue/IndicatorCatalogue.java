package org.sendhub.indicator.catalogue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.paging.SortOrder;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorInput;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorView;

/** The indicator catalogue: read by everyone, kept by admins. */
@ApplicationScoped
@Transactional
public class IndicatorCatalogue {

    public static final String ENTITY_TYPE = "indicator";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditLog audit;

    @Inject
    InputRules rules;

    public Page<IndicatorView> list(String q, boolean includeArchived, String sort, PageRequest page) {
        var where = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (!includeArchived) {
            where.append(" and archived = false");
        }
        String pattern = ListFilters.containsPattern(q);
        if (pattern != null) {
            where.append(" and (lower(code) like :q escape '\\' or lower(name) like :q escape '\\'"
                    + " or lower(coalesce(definition, '')) like :q escape '\\')");
            params.put("q", pattern);
        }
        var query = indicators.find(where.toString(), SortOrder.parse(sort, "code", SORTS, "code"), params)
                .page(page.page(), page.size());
        return new Page<>(query.list().stream().map(IndicatorView::from).toList(), page.page(), page.size(),
                query.count());
    }

    public Indicator find(String code) {
        var indicator = indicators.findById(code);
        if (indicator == null) {
            throw ProblemException.notFound("No indicator " + code + " in the catalogue.");
        }
        return indicator;
    }

    public IndicatorView create(IndicatorInput input, String actor) {
        InputRules.throwIfAny(rules.violations(input));
        if (indicators.findById(input.code()) != null) {
            throw ProblemException.conflict("Indicator " + input.code() + " already exists.");
        }
        var indicator = new Indicator();
        indicator.code = input.code();
        indicator.createdAt = OffsetDateTime.now();
        apply(indicator, input);
        indicators.persistAndFlush(indicator);
        var created = IndicatorView.from(indicator);
        audit.record(null, ENTITY_TYPE, indicator.code, AuditLog.Action.create, actor, null, created);
        return created;
    }

    public IndicatorView update(String code, int expectedVersion, IndicatorInput input, String actor) {
        var indicator = find(code);
        var before = IndicatorView.from(indicator);
        ETags.requireCurrent(expectedVersion, indicator.version, before);
        var errors = new ArrayList<>(rules.violations(input));
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new FieldError("code", "cannot be changed: values refer to it"));
        }
        InputRules.throwIfAny(errors);
        apply(indicator, input);
        indicators.flush();
        var after = IndicatorView.from(indicator);
        audit.record(null, ENTITY_TYPE, code, AuditLog.Action.update, actor, before, after);
        return after;
    }

    /** An archived indicator leaves the catalogue's default list; its values stay and can still be read. */
    public IndicatorView archive(String code, int expectedVersion, String actor) {
        var indicator = find(code);
        ETags.requireCurrent(expectedVersion, indicator.version, IndicatorView.from(indicator));
        return setArchived(indicator, true, actor);
    }

    public IndicatorView restore(String code, String actor) {
        return setArchived(find(code), false, actor);
    }

    private IndicatorView setArchived(Indicator indicator, boolean archived, String actor) {
        if (indicator.archived == archived) {
            return IndicatorView.from(indicator);
        }
        var before = IndicatorView.from(indicator);
        indicator.archived = archived;
        indicator.updatedAt = OffsetDateTime.now();
        indicators.flush();
        var after = IndicatorView.from(indicator);
        audit.record(null, ENTITY_TYPE, indicator.code, archived ? AuditLog.Action.archive : AuditLog.Action.restore,
                actor, before, after);
        return after;
    }

    private static void apply(Indicator indicator, IndicatorInput input) {
        indicator.name = input.name().trim();
        indicator.definition = input.definition();
        indicator.unit = input.unit();
        indicator.polarity = input.polarity();
        indicator.source = input.source();
        indicator.breakdowns = input.breakdowns() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.breakdowns()));
        indicator.updatedAt = OffsetDateTime.now();
    }
}

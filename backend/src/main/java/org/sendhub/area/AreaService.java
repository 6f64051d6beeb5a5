package org.sendhub.area;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.area.AreaDto.AreaInput;
import org.sendhub.area.AreaDto.AreaView;
import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.paging.SortOrder;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.AreaScope;

@ApplicationScoped
@Transactional
public class AreaService {

    public static final String ENTITY_TYPE = "area";
    /** England, the comparator area of indicator figures. */
    public static final String ENGLAND = "E92000001";
    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code");

    @Inject
    AreaRepository areas;

    @Inject
    AuditLog audit;

    @Inject
    InputRules rules;

    public Page<AreaView> list(AreaScope scope, String q, String sort, PageRequest page) {
        var where = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (!scope.every()) {
            where.append(" and code in :codes");
            params.put("codes", scope.codes().isEmpty() ? java.util.List.of("") : scope.codes());
        }
        String pattern = ListFilters.containsPattern(q);
        if (pattern != null) {
            where.append(" and (lower(name) like :q escape '\\' or lower(code) like :q escape '\\')");
            params.put("q", pattern);
        }
        var query = areas.find(where.toString(), SortOrder.parse(sort, "name", SORTS, "code"), params)
                .page(page.page(), page.size());
        return new Page<>(query.list().stream().map(AreaView::from).toList(), page.page(), page.size(),
                query.count());
    }

    public AreaView get(String code) {
        return AreaView.from(areas.findById(code));
    }

    public AreaView create(AreaInput input, String actor) {
        InputRules.throwIfAny(rules.violations(input));
        if (areas.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("Area " + input.code() + " already exists.");
        }
        var area = new Area();
        area.code = input.code();
        area.createdAt = OffsetDateTime.now();
        apply(area, input);
        areas.persistAndFlush(area);
        var created = AreaView.from(area);
        audit.record(area.code, ENTITY_TYPE, area.code, AuditLog.Action.create, actor, null, created);
        return created;
    }

    public AreaView update(String code, int expectedVersion, AreaInput input, String actor) {
        var area = areas.findById(code);
        var before = AreaView.from(area);
        ETags.requireCurrent(expectedVersion, area.version, before);
        var errors = new java.util.ArrayList<>(rules.violations(input));
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new org.sendhub.common.problem.FieldError("code", "cannot be changed"));
        }
        InputRules.throwIfAny(errors);
        apply(area, input);
        areas.flush();
        var after = AreaView.from(area);
        audit.record(code, ENTITY_TYPE, code, AuditLog.Action.update, actor, before, after);
        return after;
    }

    private static void apply(Area area, AreaInput input) {
        area.name = input.name().trim();
        area.icbCode = input.icbCode();
        area.icbName = input.icbName();
        area.demo = Boolean.TRUE.equals(input.demo());
        area.updatedAt = OffsetDateTime.now();
    }
}

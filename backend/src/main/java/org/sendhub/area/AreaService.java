package org.sendhub.area;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.area.AreaDto.AreaInput;
import org.sendhub.area.AreaDto.AreaView;
import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.VersionedRecords;
import org.sendhub.common.security.AreaScope;
import org.sendhub.geography.PlaceRepository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The local area partnerships that keep their records here; kept by admins. */
@ApplicationScoped
@Transactional
public class AreaService extends VersionedRecords<Area, String, AreaView> {

    public static final String ENTITY_TYPE = "area";
    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code");

    @Inject
    AreaRepository areas;

    @Inject
    PlaceRepository places;

    @Override
    protected PanacheRepositoryBase<Area, String> repository() {
        return areas;
    }

    @Override
    protected String entityType() {
        return ENTITY_TYPE;
    }

    @Override
    protected String key(Area area) {
        return area.code;
    }

    @Override
    protected String auditArea(Area area) {
        return area.code;
    }

    @Override
    protected AreaView view(Area area) {
        return AreaView.from(area);
    }

    public Page<AreaView> list(AreaScope scope, String q, String sort, PageRequest page) {
        return ListQuery.all()
                .where("code in :codes", "codes", scope.every() ? null : orNone(scope.codes()))
                .search(q, "name", "code")
                .sorted(sort, "name", SORTS, "code")
                .page(areas, page, AreaView::from);
    }

    /** An empty IN list is not SQL: no code matches the empty string either. */
    private static List<String> orNone(List<String> codes) {
        return codes.isEmpty() ? List.of("") : codes;
    }

    /** The caller has been let into the area ({@code Access#checkRead}), so it exists. */
    public AreaView get(String code) {
        return view(areas.findById(code));
    }

    public AreaView create(AreaInput input, String actor) {
        var area = new Area();
        return createWithKey(input == null ? null : input.code(), area, input, () -> {
            if (!places.isLocalAuthority(input.code())) {
                throw ProblemException.unprocessable(List.of(new FieldError("code", "is not a local authority of"
                        + " the geography: an area is one upper-tier local authority, by its GSS code")));
            }
            area.code = input.code();
            apply(area, input);
        }, actor);
    }

    public AreaView update(String code, int expectedVersion, AreaInput input, String actor) {
        var area = lockForChange(code);
        return changeWithKey(area, expectedVersion, input == null ? null : input.code(), input,
                () -> apply(area, input), actor);
    }

    private static void apply(Area area, AreaInput input) {
        area.name = input.name().trim();
        area.icbCode = input.icbCode();
        area.icbName = input.icbName();
        area.demo = Boolean.TRUE.equals(input.demo());
    }
}

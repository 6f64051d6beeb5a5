package org.sendhub.geography;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.geography.GeographyDto.Neighbour;
import org.sendhub.geography.GeographyDto.PlaceRef;
import org.sendhub.geography.GeographyDto.PlaceSummary;
import org.sendhub.geography.GeographyDto.PlaceView;

/** England's geography, the same for every user: places and DfE's statistical neighbours. */
@ApplicationScoped
@Transactional
public class Geography {

    /** England, the comparator of every local figure. */
    public static final String ENGLAND = "E92000001";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    @Inject
    PlaceRepository places;

    @Inject
    EntityManager em;

    /** Places by name (or {@code sort}), of one level or all, searched by name, code or DfE number. */
    public Page<PlaceSummary> list(PlaceLevel level, String q, String sort, PageRequest page) {
        var regions = regions();
        return ListQuery.all().equal("level", level).search(q, "name", "code", "oldLaCode")
                .sorted(sort, "name", SORTS, "code")
                .page(places, page, place -> PlaceSummary.from(place, regions.get(place.parentCode)));
    }

    public PlaceView get(String code) {
        Place place = places.findById(code);
        if (place == null) {
            throw ProblemException.notFound("No place " + code + " in the geography.");
        }
        PlaceRef region = null;
        if (place.level == PlaceLevel.LOCAL_AUTHORITY && place.parentCode != null) {
            Place parent = places.findById(place.parentCode);
            region = parent == null || parent.level != PlaceLevel.REGION ? null : new PlaceRef(parent.code, parent.name);
        }
        return new PlaceView(place.code, place.name, place.level, region, place.oldLaCode, place.firstPeriod,
                place.lastPeriod, place.ended, neighbours(code));
    }

    private Map<String, PlaceRef> regions() {
        var out = new HashMap<String, PlaceRef>();
        places.list("level", PlaceLevel.REGION).forEach(r -> out.put(r.code, new PlaceRef(r.code, r.name)));
        return out;
    }

    private List<Neighbour> neighbours(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.neighbour_code, p.name, n.rank, n.closeness FROM statistical_neighbour n
                JOIN place p ON p.code = n.neighbour_code
                WHERE n.place_code = :code ORDER BY n.rank""", Object[].class)
                .setParameter("code", code).getResultList();
        return rows.stream().map(r -> new Neighbour((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                Closeness.valueOf(((String) r[3]).toUpperCase()))).toList();
    }
}

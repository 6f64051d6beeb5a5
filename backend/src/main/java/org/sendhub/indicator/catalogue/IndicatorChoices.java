package org.sendhub.indicator.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The catalogue as a picker offers it to an area: each indicator with its unit, source and
 * whether the area has figures, and the categories of each of its breakdowns. The same
 * categories decide which ones a measure may follow.
 */
@ApplicationScoped
@Transactional
public class IndicatorChoices {

    /** The breakdown of every indicator's headline figure, whose one category is also {@code total}. */
    public static final String TOTAL = "total";

    /** The DfE school census's primary needs: categories of {@code primary_need} before any figure is loaded. */
    static final List<String> PRIMARY_NEEDS = List.of("SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI",
            "MSI", "PD", "ASD", "OTH", "NSA");

    public record Category(String category, boolean hasData) {
    }

    public record Breakdown(String breakdown, List<Category> categories) {
    }

    public record Choice(String code, String name, String definition, IndicatorUnit unit, Polarity polarity,
            String source, boolean published, boolean hasData, List<Breakdown> breakdowns) {
    }

    @Inject
    EntityManager em;

    @Inject
    IndicatorRepository indicators;

    /** Every live indicator of the catalogue by name, as the area sees it. */
    public List<Choice> forArea(String area) {
        // For each indicator, breakdown and category: whether any place has a figure, and the area.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.indicator_code, v.breakdown, v.category, bool_or(v.area_code = :area)
                FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
                WHERE i.published OR v.area_code = :area
                GROUP BY v.indicator_code, v.breakdown, v.category""", Object[].class)
                .setParameter("area", area).getResultList();
        Map<String, Map<String, Map<String, Boolean>>> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            found.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent((String) row[1], k -> new LinkedHashMap<>())
                    .put((String) row[2], Boolean.TRUE.equals(row[3]));
        }
        var out = new ArrayList<Choice>();
        for (Indicator indicator : indicators.list("archived = false order by name")) {
            var figures = found.getOrDefault(indicator.code, Map.of());
            var breakdowns = new ArrayList<Breakdown>();
            for (String breakdown : indicator.breakdowns) {
                var known = figures.getOrDefault(breakdown, Map.of());
                var categories = new ArrayList<Category>();
                for (String category : categories(breakdown, known.keySet())) {
                    categories.add(new Category(category, known.getOrDefault(category, false)));
                }
                breakdowns.add(new Breakdown(breakdown, categories));
            }
            boolean hasData = figures.values().stream().anyMatch(c -> c.containsValue(true));
            out.add(new Choice(indicator.code, indicator.name, indicator.definition, indicator.unit,
                    indicator.polarity, indicator.source, indicator.published, hasData, breakdowns));
        }
        return out;
    }

    /** The categories a measure on the indicator's breakdown may follow: those with figures anywhere. */
    public Set<String> categoriesOf(Indicator indicator, String breakdown) {
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("SELECT DISTINCT category FROM indicator_value"
                + " WHERE indicator_code = :indicator AND breakdown = :breakdown")
                .setParameter("indicator", indicator.code).setParameter("breakdown", breakdown).getResultList();
        return categories(breakdown, known);
    }

    private static Set<String> categories(String breakdown, java.util.Collection<String> known) {
        var all = new TreeSet<>(known);
        if ("primary_need".equals(breakdown)) {
            all.addAll(PRIMARY_NEEDS);
        }
        return all;
    }
}

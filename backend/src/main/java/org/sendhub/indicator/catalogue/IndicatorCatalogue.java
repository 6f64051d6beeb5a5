package org.sendhub.indicator.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.KeyedRecords;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorInput;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The indicator catalogue: read by everyone, kept by admins. An archived indicator leaves the
 * default list; its values stay and can still be read. Changes are audited under no area.
 */
@ApplicationScoped
@Transactional
public class IndicatorCatalogue extends KeyedRecords<Indicator, IndicatorView> {

    public static final String ENTITY_TYPE = "indicator";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    @Inject
    IndicatorRepository indicators;

    @Override
    protected PanacheRepositoryBase<Indicator, String> repository() {
        return indicators;
    }

    @Override
    protected String entityType() {
        return ENTITY_TYPE;
    }

    @Override
    protected String key(Indicator indicator) {
        return indicator.code;
    }

    @Override
    protected String auditArea(Indicator indicator) {
        return null;
    }

    @Override
    protected IndicatorView view(Indicator indicator) {
        return IndicatorView.from(indicator);
    }

    public Page<IndicatorView> list(String q, boolean includeArchived, String sort, PageRequest page) {
        return ListQuery.all().archived(includeArchived).search(q, "code", "name", "definition")
                .sorted(sort, "code", SORTS, "code").page(indicators, page, IndicatorView::from);
    }

    @Override
    protected String noSuch(String code) {
        return "No indicator " + code + " in the catalogue.";
    }

    public IndicatorView create(IndicatorInput input, String actor) {
        var indicator = new Indicator();
        return createWithKey(input == null ? null : input.code(), indicator, input, () -> {
            indicator.code = input.code();
            apply(indicator, input);
        }, actor);
    }

    public IndicatorView update(String code, int expectedVersion, IndicatorInput input, String actor) {
        var indicator = findForChange(code);
        return changeWithKey(indicator, expectedVersion, input == null ? null : input.code(), input,
                () -> apply(indicator, input), actor);
    }

    private static void apply(Indicator indicator, IndicatorInput input) {
        indicator.name = input.name().trim();
        indicator.definition = input.definition();
        indicator.unit = input.unit();
        indicator.polarity = input.polarity();
        indicator.source = input.source();
        indicator.published = Boolean.TRUE.equals(input.published());
        indicator.breakdowns = input.breakdowns() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.breakdowns()));
    }
}

package org.sendhub.priority;

import org.sendhub.common.problem.FieldError;
import org.sendhub.common.paging.ListQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.indicator.catalogue.IndicatorChoices;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkType;
import org.sendhub.link.Linked;
import org.sendhub.priority.PriorityDto.Action;
import org.sendhub.priority.PriorityDto.Measure;
import org.sendhub.priority.PriorityDto.PriorityInput;
import org.sendhub.priority.PriorityDto.PriorityView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class PriorityService extends AreaRecordService<Priority, PriorityInput, PriorityView> {

    private static final Map<String, String> SORTS = Map.of(
            "number", "number, title",
            "title", "title",
            "status", "status",
            "updatedAt", "updatedAt");

    @Inject
    PriorityRepository priorities;

    @Inject
    LinkQueries links;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorChoices choices;

    @Override
    protected Priority newRecord() {
        return new Priority();
    }

    @Override
    protected PanacheRepositoryBase<Priority, UUID> repository() {
        return priorities;
    }

    @Override
    protected String entityType() {
        return "priority";
    }

    @Override
    protected PriorityView view(Priority priority) {
        return PriorityView.from(priority);
    }

    @Override
    protected PriorityView detail(Priority priority) {
        return PriorityView.from(priority, new Linked(null,
                links.refs(LinkType.OUTCOME, priority.outcomeIds),
                links.linking(LinkType.SERVICE, "priorityIds", priority.id),
                links.linking(LinkType.COPRODUCTION, "priorityIds", priority.id)));
    }

    public Page<PriorityView> list(String areaCode, String q, RagStatus status, UUID strategyId,
            boolean includeArchived, String sort, PageRequest page) {
        return page(ListQuery.inArea(areaCode).archived(includeArchived).equal("status", status)
                .equal("strategyId", strategyId).search(q, "title", "description", "rationale")
                .sorted(sort, "number", SORTS, "id"), page);
    }



    @Override
    protected List<FieldError> check(String areaCode, PriorityInput input) {
        var errors = new ArrayList<FieldError>();
        errors.addAll(links.checkOne(areaCode, LinkType.STRATEGY, "strategyId", input.strategyId()));
        errors.addAll(links.check(areaCode, LinkType.OUTCOME, "outcomeIds", input.outcomeIds()));
        var measures = input.measures() == null ? List.<Measure>of() : input.measures();
        var unknown = links.check(areaCode, LinkType.INDICATOR,
                measures.stream().map(m -> m == null ? null : m.indicatorCode()).toList(),
                i -> "measures[" + i + "].indicatorCode");
        errors.addAll(unknown);
        for (int i = 0; i < measures.size(); i++) {
            String field = "measures[" + i + "]";
            if (measures.get(i) != null && unknown.stream().noneMatch(e -> e.field().startsWith(field + "."))) {
                errors.addAll(figureOf(measures.get(i), field));
            }
        }
        return errors;
    }

    /**
     * The figure a measure follows must be one its indicator has: the headline (total), or a
     * category of one of its breakdowns; a breakdown, category or target needs an indicator.
     */
    private List<FieldError> figureOf(Measure measure, String field) {
        boolean named = measure.breakdown() != null && !measure.breakdown().isBlank();
        boolean chosen = measure.category() != null && !measure.category().isBlank();
        if (measure.indicatorCode() == null) {
            var errors = new ArrayList<FieldError>();
            if (named) {
                errors.add(new FieldError(field + ".breakdown", "needs an indicator to break down"));
            }
            if (chosen) {
                errors.add(new FieldError(field + ".category", "needs an indicator to be a category of"));
            }
            if (measure.targetValue() != null) {
                errors.add(new FieldError(field + ".targetValue", "needs an indicator: a target is a figure of one"));
            }
            return errors;
        }
        var indicator = indicators.findById(measure.indicatorCode());
        String breakdown = measure.breakdownOrTotal();
        String category = measure.categoryOrTotal();
        if (breakdown.equals(IndicatorChoices.TOTAL)) {
            return category.equals(IndicatorChoices.TOTAL) ? List.of()
                    : List.of(new FieldError(field + ".category", "must be total for the headline figure, or name a"
                            + " breakdown of " + indicator.name));
        }
        if (!indicator.breakdowns.contains(breakdown)) {
            return List.of(new FieldError(field + ".breakdown", "is not a breakdown of " + indicator.name
                    + (indicator.breakdowns.isEmpty() ? ", which has only its headline figure (total)"
                            : "; it has " + String.join(", ", indicator.breakdowns))));
        }
        var categories = choices.categoriesOf(indicator, breakdown);
        if (!categories.contains(category)) {
            return List.of(new FieldError(field + ".category", "is not a category of " + indicator.name + " by "
                    + breakdown + (categories.isEmpty() ? ", which has no figures yet" : "; it has "
                            + String.join(", ", categories))));
        }
        return List.of();
    }

    @Override
    protected void apply(Priority priority, PriorityInput input) {
        // A new priority, or one moved to another strategy, goes last in it unless numbered.
        boolean movedStrategy = !input.strategyId().equals(priority.strategyId);
        priority.number = input.number() != null ? input.number()
                : movedStrategy ? priorities.nextNumber(input.strategyId()) : priority.number;
        priority.strategyId = input.strategyId();
        priority.title = input.title().trim();
        priority.description = input.description();
        priority.rationale = input.rationale();
        priority.status = input.status() == null ? RagStatus.NOT_STARTED : input.status();
        priority.lead = input.lead();
        priority.actions = input.actions() == null ? new ArrayList<>()
                : input.actions().stream().map(Action::stored).collect(Collectors.toCollection(ArrayList::new));
        priority.measures = input.measures() == null ? new ArrayList<>()
                : input.measures().stream().map(Measure::stored).collect(Collectors.toCollection(ArrayList::new));
        priority.outcomeIds = input.outcomeIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.outcomeIds());
    }

}

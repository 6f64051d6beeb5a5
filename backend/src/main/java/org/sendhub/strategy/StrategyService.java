package org.sendhub.strategy;

import org.sendhub.common.paging.ListQuery;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.strategy.StrategyDto.StrategyInput;
import org.sendhub.strategy.StrategyDto.StrategyView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class StrategyService extends AreaRecordService<Strategy, StrategyView> {

    private static final Map<String, String> SORTS = Map.of(
            "title", "title",
            "periodStart", "periodStart",
            "updatedAt", "updatedAt");

    @Inject
    StrategyRepository strategies;

    @Override
    protected PanacheRepositoryBase<Strategy, UUID> repository() {
        return strategies;
    }

    @Override
    protected String entityType() {
        return "strategy";
    }

    @Override
    protected StrategyView view(Strategy strategy) {
        return StrategyView.from(strategy);
    }

    public Page<StrategyView> list(String areaCode, String q, StrategyStatus status, boolean includeArchived,
            String sort, PageRequest page) {
        return page(ListQuery.inArea(areaCode).archived(includeArchived).equal("status", status)
                .search(q, "title", "vision").sorted(sort, "-periodStart", SORTS, "id"), page);
    }

    public StrategyView create(String areaCode, StrategyInput input, String actor) {
        check(input);
        var strategy = new Strategy();
        apply(strategy, input);
        return insert(areaCode, strategy, actor);
    }

    public StrategyView update(String areaCode, UUID id, int expectedVersion, StrategyInput input, String actor) {
        var strategy = findCurrent(areaCode, id, expectedVersion);
        check(input);
        var before = view(strategy);
        apply(strategy, input);
        return saveChange(strategy, before, actor);
    }

    private void check(StrategyInput input) {
        var errors = new ArrayList<>(rules.violations(input));
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        InputRules.throwIfAny(errors);
    }

    private static void apply(Strategy strategy, StrategyInput input) {
        strategy.title = input.title().trim();
        strategy.periodStart = input.periodStart();
        strategy.periodEnd = input.periodEnd();
        strategy.status = input.status() == null ? StrategyStatus.DRAFT : input.status();
        strategy.vision = input.vision();
        strategy.principles = input.principles() == null ? new ArrayList<>() : new ArrayList<>(input.principles());
    }
}

package org.sendhub.strategy;

import java.util.List;
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
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.strategy.StrategyDto.StrategyInput;
import org.sendhub.strategy.StrategyDto.StrategyView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class StrategyService extends AreaRecordService<Strategy, StrategyInput, StrategyView> {

    private static final Map<String, String> SORTS = Map.of(
            "title", "title",
            "periodStart", "periodStart",
            "updatedAt", "updatedAt");

    @Inject
    StrategyRepository strategies;

    @Override
    protected Strategy newRecord() {
        return new Strategy();
    }

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



    @Override
    protected List<FieldError> check(String areaCode, StrategyInput input) {
        var errors = new ArrayList<FieldError>();
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        return errors;
    }

    @Override
    protected void apply(Strategy strategy, StrategyInput input) {
        strategy.title = input.title().trim();
        strategy.periodStart = input.periodStart();
        strategy.periodEnd = input.periodEnd();
        strategy.status = input.status() == null ? StrategyStatus.DRAFT : input.status();
        strategy.vision = input.vision();
        strategy.principles = input.principles() == null ? new ArrayList<>() : new ArrayList<>(input.principles());
    }
}

package org.sendhub.outcome;

import org.sendhub.common.problem.FieldError;
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
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkType;
import org.sendhub.link.Linked;
import org.sendhub.outcome.OutcomeDto.OutcomeInput;
import org.sendhub.outcome.OutcomeDto.OutcomeView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class OutcomeService extends AreaRecordService<Outcome, OutcomeInput, OutcomeView> {

    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "createdAt",
            "statement", "statement",
            "updatedAt", "updatedAt");

    @Inject
    OutcomeRepository outcomes;

    @Inject
    LinkQueries links;

    @Override
    protected Outcome newRecord() {
        return new Outcome();
    }

    @Override
    protected PanacheRepositoryBase<Outcome, UUID> repository() {
        return outcomes;
    }

    @Override
    protected String entityType() {
        return "outcome";
    }

    @Override
    protected OutcomeView view(Outcome outcome) {
        return OutcomeView.from(outcome, null);
    }

    @Override
    protected OutcomeView detail(Outcome outcome) {
        return OutcomeView.from(outcome, new Linked(
                links.linking(LinkType.PRIORITY, "outcomeIds", outcome.id), null,
                links.linking(LinkType.SERVICE, "outcomeIds", outcome.id), null));
    }

    public Page<OutcomeView> list(String areaCode, String q, UUID strategyId, boolean includeArchived, String sort,
            PageRequest page) {
        return page(ListQuery.inArea(areaCode).archived(includeArchived).equal("strategyId", strategyId)
                .search(q, "statement", "description").sorted(sort, "createdAt", SORTS, "id"), page);
    }



    @Override
    protected List<FieldError> check(String areaCode, OutcomeInput input) {
        var errors = new ArrayList<FieldError>();
        errors.addAll(links.checkOne(areaCode, LinkType.STRATEGY, "strategyId", input.strategyId()));
        errors.addAll(links.check(areaCode, LinkType.INDICATOR, "indicatorCodes", input.indicatorCodes()));
        return errors;
    }

    @Override
    protected void apply(Outcome outcome, OutcomeInput input) {
        outcome.strategyId = input.strategyId();
        outcome.statement = input.statement().trim();
        outcome.description = input.description();
        outcome.indicatorCodes = input.indicatorCodes() == null ? new ArrayList<>()
                : new ArrayList<>(input.indicatorCodes());
    }
}

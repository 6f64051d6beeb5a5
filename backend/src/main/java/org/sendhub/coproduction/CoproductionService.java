package org.sendhub.coproduction;

import java.util.ArrayList;
import org.sendhub.common.paging.ListQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.coproduction.CoproductionDto.CoproductionInput;
import org.sendhub.coproduction.CoproductionDto.CoproductionView;
import org.sendhub.link.LinkEdits;
import org.sendhub.link.LinkOwner;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkType;
import org.sendhub.link.Linked;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class CoproductionService extends AreaRecordService<Coproduction, CoproductionInput, CoproductionView>
        implements LinkOwner {

    private static final Map<String, String> SORTS = Map.of(
            "heldOn", "heldOn",
            "title", "title",
            "updatedAt", "updatedAt");

    /** The list filters of the co-production log. {@code loopOpen}: true for no feedback given yet. */
    public record Filters(String q, CoproductionKind kind, CoproductionStatus status, LocalDate from, LocalDate to,
            LundyPrinciple principle, Boolean loopOpen, boolean includeArchived) {
    }

    @Inject
    CoproductionRepository records;

    @Inject
    LinkQueries links;

    @Inject
    LinkEdits linkEdits;

    @Override
    protected Coproduction newRecord() {
        return new Coproduction();
    }

    @Override
    protected PanacheRepositoryBase<Coproduction, UUID> repository() {
        return records;
    }

    @Override
    protected String entityType() {
        return "coproduction";
    }

    @Override
    protected CoproductionView view(Coproduction record) {
        return CoproductionView.from(record, null);
    }

    @Override
    public LinkType type() {
        return LinkType.COPRODUCTION;
    }

    @Override
    public int relink(String areaCode, String field, UUID target, Collection<UUID> linking, Collection<UUID> owners,
            String actor) {
        Function<Coproduction, Set<UUID>> links = switch (field) {
            case "priorityIds" -> c -> c.priorityIds;
            case "serviceIds" -> c -> c.serviceIds;
            default -> throw new IllegalArgumentException("co-production records keep no " + field);
        };
        return relink(areaCode, links, target, linking, owners, actor);
    }

    /** Services before priorities: the order every change locks them in. */
    @Override
    protected void saved(CoproductionView before, Coproduction record) {
        linkEdits.ownerRelinked(LinkType.SERVICE, before == null ? List.of() : before.serviceIds(),
                record.serviceIds);
        linkEdits.ownerRelinked(LinkType.PRIORITY, before == null ? List.of() : before.priorityIds(),
                record.priorityIds);
    }

    @Override
    protected CoproductionView detail(Coproduction record) {
        return CoproductionView.from(record, new Linked(
                links.refs(LinkType.PRIORITY, record.priorityIds), null,
                links.refs(LinkType.SERVICE, record.serviceIds), null));
    }

    public Page<CoproductionView> list(String areaCode, Filters f, String sort, PageRequest page) {
        return page(ListQuery.inArea(areaCode).archived(f.includeArchived()).equal("kind", f.kind())
                .equal("status", f.status()).where("heldOn >= :from", "from", f.from())
                .where("heldOn <= :to", "to", f.to()).has("principles", f.principle())
                .whereIf(Boolean.TRUE.equals(f.loopOpen()), "feedbackGivenOn is null")
                .whereIf(Boolean.FALSE.equals(f.loopOpen()), "feedbackGivenOn is not null")
                .search(f.q(), "title", "youSaid", "weDid").sorted(sort, "-heldOn", SORTS, "id"), page);
    }



    @Override
    protected List<FieldError> check(String areaCode, CoproductionInput input) {
        var errors = new ArrayList<FieldError>();
        if (input.heldOn() != null && input.feedbackGivenOn() != null
                && input.feedbackGivenOn().isBefore(input.heldOn())) {
            errors.add(new FieldError("feedbackGivenOn", "must not be before heldOn"));
        }
        if (input.status() == CoproductionStatus.CLOSED && (input.weDid() == null || input.weDid().isBlank())) {
            errors.add(new FieldError("weDid", "must say what changed before the record is closed"));
        }
        if (input.status() == CoproductionStatus.CLOSED && input.feedbackGivenOn() == null) {
            // Closed means the loop is closed: those who took part were told what changed, on a day.
            errors.add(new FieldError("feedbackGivenOn",
                    "must give the date feedback was given before the record is closed"));
        }
        errors.addAll(links.check(areaCode, LinkType.PRIORITY, "priorityIds", input.priorityIds()));
        errors.addAll(links.check(areaCode, LinkType.SERVICE, "serviceIds", input.serviceIds()));
        return errors;
    }

    @Override
    protected void apply(Coproduction record, CoproductionInput input) {
        record.title = input.title().trim();
        record.kind = input.kind();
        record.heldOn = input.heldOn();
        record.participants = input.participants() == null ? Participants.NONE : input.participants();
        record.partners = input.partners() == null ? new ArrayList<>() : new ArrayList<>(input.partners());
        record.principles = input.principles() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.principles()));
        record.youSaid = input.youSaid();
        record.weDid = input.weDid();
        record.feedbackGivenOn = input.feedbackGivenOn();
        record.status = input.status() == null ? CoproductionStatus.OPEN : input.status();
        record.priorityIds = input.priorityIds() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.priorityIds());
        record.serviceIds = input.serviceIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.serviceIds());
    }
}

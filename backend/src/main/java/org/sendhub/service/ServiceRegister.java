package org.sendhub.service;

import org.sendhub.common.paging.ListQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.link.LinkEdits;
import org.sendhub.link.LinkOwner;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkType;
import org.sendhub.link.Linked;
import org.sendhub.service.ServiceDto.ServiceInput;
import org.sendhub.service.ServiceDto.ServiceView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The register of commissioned services of an area. */
@ApplicationScoped
@Transactional
public class ServiceRegister extends AreaRecordService<CommissionedService, ServiceInput, ServiceView>
        implements LinkOwner {

    private static final Map<String, String> SORTS = Map.of(
            "name", "name",
            "provider", "provider",
            "annualValue", "annualValue",
            "contractEnd", "contractEnd",
            "reviewDate", "reviewDate",
            "updatedAt", "updatedAt");

    /**
     * A page of the register, with the annual value of every service the filters match (not only
     * the page's): what commissioners add up, without fetching them all.
     */
    public record ServicePage(List<ServiceView> items, int page, int size, long total, BigDecimal totalAnnualValue,
            long withoutAnnualValue) {
    }

    /** The list filters of the services register. */
    public record Filters(String q, ServiceStatus status, CommissioningStage stage, ServiceTier tier,
            PrimaryNeed need, Sector sector, FundingModel fundingModel, String provider,
            LocalDate contractEndsBefore, LocalDate reviewDueBefore, Deadline due, boolean includeArchived) {
    }

    @Inject
    ServiceRepository services;

    @Inject
    LinkQueries links;

    @Inject
    LinkEdits linkEdits;

    @Inject
    EntityManager em;

    @Override
    protected CommissionedService newRecord() {
        return new CommissionedService();
    }

    @Override
    protected PanacheRepositoryBase<CommissionedService, UUID> repository() {
        return services;
    }

    @Override
    protected String entityType() {
        return "service";
    }

    @Override
    protected ServiceView view(CommissionedService service) {
        return ServiceView.from(service, null);
    }

    @Override
    public LinkType type() {
        return LinkType.SERVICE;
    }

    @Override
    public int relink(String areaCode, String field, UUID target, Collection<UUID> linking, Collection<UUID> owners,
            String actor) {
        Function<CommissionedService, Set<UUID>> links = switch (field) {
            case "priorityIds" -> s -> s.priorityIds;
            case "outcomeIds" -> s -> s.outcomeIds;
            default -> throw new IllegalArgumentException("services keep no " + field);
        };
        return relink(areaCode, links, target, linking, owners, actor);
    }

    @Override
    protected void saved(ServiceView before, CommissionedService service) {
        linkEdits.ownerRelinked(LinkType.PRIORITY, before == null ? List.of() : before.priorityIds(),
                service.priorityIds);
    }

    @Override
    protected ServiceView detail(CommissionedService service) {
        return ServiceView.from(service, new Linked(
                links.refs(LinkType.PRIORITY, service.priorityIds),
                links.refs(LinkType.OUTCOME, service.outcomeIds), null,
                links.linking(LinkType.COPRODUCTION, "serviceIds", service.id)));
    }

    public ServicePage list(String areaCode, Filters f, String sort, PageRequest page) {
        var query = ListQuery.inArea(areaCode).archived(f.includeArchived()).equal("status", f.status())
                .equal("stage", f.stage()).equal("tier", f.tier()).equal("fundingModel", f.fundingModel())
                .has("needs", f.need()).has("sectors", f.sector()).contains("provider", f.provider(), "provider")
                .where("contractEnd < :endsBefore", "endsBefore", f.contractEndsBefore())
                .where("reviewDate < :reviewBefore", "reviewBefore", f.reviewDueBefore())
                .where(f.due() == null ? null : f.due().condition(), "dueBy",
                        f.due() == null ? null : Deadline.dueBy(LocalDate.now()))
                .search(f.q(), "name", "description", "provider").sorted(sort, "name", SORTS, "id");
        var found = page(query, page);
        var value = em.createQuery("select coalesce(sum(annualValue), 0), count(*) - count(annualValue)"
                + " from CommissionedService where " + query.where(), Object[].class);
        query.params().forEach(value::setParameter);
        Object[] sums = value.getSingleResult();
        return new ServicePage(found.items(), found.page(), found.size(), found.total(), (BigDecimal) sums[0],
                (Long) sums[1]);
    }



    @Override
    protected List<FieldError> check(String areaCode, ServiceInput input) {
        var errors = new ArrayList<FieldError>();
        if (input.ageFrom() != null && input.ageTo() != null && input.ageFrom() > input.ageTo()) {
            errors.add(new FieldError("ageTo", "must not be below ageFrom"));
        }
        if (input.capacityUnit() != null && input.capacity() == null) {
            errors.add(new FieldError("capacity", "is required with capacityUnit: the places or caseload it counts"));
        }
        if (input.contractStart() != null && input.contractEnd() != null
                && input.contractEnd().isBefore(input.contractStart())) {
            errors.add(new FieldError("contractEnd", "must not be before contractStart"));
        }
        errors.addAll(links.check(areaCode, LinkType.PRIORITY, "priorityIds", input.priorityIds()));
        errors.addAll(links.check(areaCode, LinkType.OUTCOME, "outcomeIds", input.outcomeIds()));
        return errors;
    }

    @Override
    protected void apply(CommissionedService service, ServiceInput input) {
        service.name = input.name().trim();
        service.description = input.description();
        service.provider = input.provider();
        service.tier = input.tier();
        service.sectors = input.sectors() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(input.sectors()));
        service.needs = input.needs() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(input.needs()));
        service.settings = input.settings() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.settings()));
        service.capacity = input.capacity();
        service.capacityUnit = input.capacity() == null ? null
                : input.capacityUnit() == null ? CapacityUnit.PLACES : input.capacityUnit();
        service.ageFrom = input.ageFrom();
        service.ageTo = input.ageTo();
        service.commissioners = input.commissioners() == null ? new ArrayList<>() : new ArrayList<>(input.commissioners());
        service.fundingModel = input.fundingModel();
        service.annualValue = input.annualValue();
        service.contractStart = input.contractStart();
        service.contractEnd = input.contractEnd();
        service.reviewDate = input.reviewDate();
        service.stage = input.stage() == null ? CommissioningStage.UNDERSTAND : input.stage();
        service.status = input.status() == null ? ServiceStatus.PLANNED : input.status();
        service.priorityIds = input.priorityIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.priorityIds());
        service.outcomeIds = input.outcomeIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.outcomeIds());
        service.localOfferUrl = input.localOfferUrl();
        service.publishToLocalOffer = Boolean.TRUE.equals(input.publishToLocalOffer());
    }
}

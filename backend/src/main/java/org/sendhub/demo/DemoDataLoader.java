package org.sendhub.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.sendhub.SendHubConfig;
import org.sendhub.area.AreaDto.AreaInput;
import org.sendhub.area.AreaRepository;
import org.sendhub.area.AreaService;
import org.sendhub.common.security.ValueWriter;
import org.sendhub.coproduction.CoproductionDto.CoproductionInput;
import org.sendhub.coproduction.CoproductionService;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorInput;
import org.sendhub.indicator.catalogue.IndicatorCatalogue;
import org.sendhub.indicator.eesmapping.SavedMappingDto.SavedMappingInput;
import org.sendhub.indicator.eesmapping.SavedMappings;
import org.sendhub.indicator.importing.EesImport;
import org.sendhub.indicator.importing.IndicatorImport;

import org.sendhub.outcome.OutcomeDto.OutcomeInput;
import org.sendhub.outcome.OutcomeService;
import org.sendhub.priority.PriorityDto.PriorityInput;
import org.sendhub.priority.PriorityService;
import org.sendhub.service.ServiceDto.ServiceInput;
import org.sendhub.service.ServiceRegister;
import org.sendhub.strategy.StrategyDto.StrategyInput;
import org.sendhub.strategy.StrategyService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data set (built from the seed strategy documents) on the first start of an
 * empty database, through the same services as the API, so it is validated and audited too.
 * Records in the file link to each other by {@code key}; here the keys become ids.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ACTOR = "demo-data";
    /** The advisory lock that backends starting together on one empty database take in turn. */
    private static final long DEMO_DATA_LOCK = 0x5E4D_1A0_0002L;
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    SendHubConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    AreaRepository areaRepository;

    @Inject
    AreaService areas;

    @Inject
    StrategyService strategies;

    @Inject
    OutcomeService outcomes;

    @Inject
    PriorityService priorities;

    @Inject
    ServiceRegister services;

    @Inject
    CoproductionService coproduction;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    IndicatorImport importer;

    @Inject
    SavedMappings savedMappings;

    @Inject
    EesImport eesImport;

    private final Map<String, UUID> ids = new HashMap<>();

    @Transactional
    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.demoData().enabled()) {
            return;
        }
        // Replicas started at once would each find no areas and load the data twice: the first
        // loads it, the others wait here until it has committed and then find it there.
        areaRepository.getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) AS locked")
                .setParameter("lock", DEMO_DATA_LOCK)
                .getSingleResult();
        if (areaRepository.count() > 0) {
            return;
        }
        JsonNode data;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.json")) {
            data = json.readTree(in);
        }
        for (JsonNode area : data.path("areas")) {
            var input = json.treeToValue(area, AreaInput.class);
            areas.create(new AreaInput(input.code(), input.name(), input.icbCode(), input.icbName(), true), ACTOR);
        }
        loadCatalogue();
        int counted = 0;
        for (JsonNode s : data.path("strategies")) {
            String area = s.path("areaCode").asText();
            UUID strategyId = strategies.create(area, json.treeToValue(s, StrategyInput.class), ACTOR, true).id();
            for (JsonNode o : s.path("outcomes")) {
                var node = withStrategy(o, strategyId);
                remember(o, outcomes.create(area, json.treeToValue(node, OutcomeInput.class), ACTOR, true).id());
            }
            for (JsonNode p : s.path("priorities")) {
                var node = withStrategy(p, strategyId);
                resolve(node, "outcomeKeys", "outcomeIds");
                remember(p, priorities.create(area, json.treeToValue(node, PriorityInput.class), ACTOR, true).id());
                counted++;
            }
        }
        for (JsonNode s : data.path("services")) {
            var node = ((ObjectNode) s).deepCopy();
            resolve(node, "priorityKeys", "priorityIds");
            resolve(node, "outcomeKeys", "outcomeIds");
            remember(s, services.create(s.path("areaCode").asText(), json.treeToValue(node, ServiceInput.class),
                    ACTOR, true).id());
        }
        for (JsonNode c : data.path("coproduction")) {
            var node = ((ObjectNode) c).deepCopy();
            resolve(node, "priorityKeys", "priorityIds");
            resolve(node, "serviceKeys", "serviceIds");
            coproduction.create(c.path("areaCode").asText(), json.treeToValue(node, CoproductionInput.class), ACTOR, true);
        }
        long values = loadValues();
        LOG.infof("Loaded demo data: %d areas, %d strategies, %d priorities, %d services, %d co-production records,"
                + " %d indicator values", data.path("areas").size(), data.path("strategies").size(), counted,
                data.path("services").size(), data.path("coproduction").size(), values);
    }

    /** The catalogue first: priorities and outcomes measure themselves by its indicators. */
    private void loadCatalogue() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/indicators.json")) {
            for (JsonNode indicator : json.readTree(in)) {
                catalogue.create(json.treeToValue(indicator, IndicatorInput.class), ACTOR);
            }
        }
    }

    /** The figures, through the analysts' own import, as an admin would. */
    private long loadValues() throws IOException {
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/demo/indicator-values.csv")) {
            if (in == null) {
                return 0;
            }
            csv = in.readAllBytes();
        }
        return importer.run(new ByteArrayInputStream(csv), ValueWriter.everyArea(ACTOR), false).rows()
                + loadPublishedStatistics();
    }

    /**
     * DfE's EHC plans release for England, the regions and every local authority: its files as
     * published (a subset of their rows, see scripts/ees-demo-subset.py), read through the mappings
     * the demo ships, which are saved so that next year's release is one step.
     */
    private long loadPublishedStatistics() throws IOException {
        long values = 0;
        try (InputStream in = getClass().getResourceAsStream("/demo/ees/mappings.json")) {
            for (JsonNode saved : json.readTree(in)) {
                var input = json.treeToValue(saved, SavedMappingInput.class);
                savedMappings.create(input, ACTOR);
                try (InputStream file = new GZIPInputStream(
                        getClass().getResourceAsStream("/demo/ees/" + input.fileName() + ".gz"))) {
                    values += eesImport.run(file, input.mapping(), ValueWriter.everyArea(ACTOR), false).values();
                }
            }
        }
        return values;
    }

    private static ObjectNode withStrategy(JsonNode record, UUID strategyId) {
        var node = ((ObjectNode) record).deepCopy();
        node.put("strategyId", strategyId.toString());
        return node;
    }

    private void remember(JsonNode record, UUID id) {
        if (record.hasNonNull("key")) {
            ids.put(record.get("key").asText(), id);
        }
    }

    /** Replaces a list of keys by the ids of the records created for them. */
    private void resolve(ObjectNode node, String keysField, String idsField) {
        var out = node.putArray(idsField);
        for (JsonNode key : node.path(keysField)) {
            UUID id = ids.get(key.asText());
            if (id == null) {
                throw new IllegalStateException("Demo data links to unknown key " + key.asText());
            }
            out.add(id.toString());
        }
        node.remove(keysField);
    }
}

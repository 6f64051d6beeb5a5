package org.sendhub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.sendhub.SendHubConfig;
import org.sendhub.area.AreaDto.AreaInput;
import org.sendhub.area.AreaRepository;
import org.sendhub.area.AreaService;
import org.sendhub.priority.PriorityDto.Action;
import org.sendhub.priority.PriorityDto.Measure;
import org.sendhub.priority.PriorityDto.PriorityInput;
import org.sendhub.priority.PriorityService;
import org.sendhub.priority.RagStatus;
import org.sendhub.strategy.StrategyDto.StrategyInput;
import org.sendhub.strategy.StrategyService;
import org.sendhub.strategy.StrategyStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data set (built from the seed strategy documents) on the first start of an
 * empty database, through the same services as the API, so it is validated and audited too.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ACTOR = "demo-data";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    record DemoArea(String code, String name, String icbCode, String icbName) {
    }

    record DemoPriority(int number, String title, String description, String rationale, String lead,
            RagStatus status, List<Action> actions, List<Measure> measures) {
    }

    record DemoStrategy(String areaCode, String title, java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd, StrategyStatus status, String vision, List<String> principles,
            List<DemoPriority> priorities) {
    }

    record DemoData(List<DemoArea> areas, List<DemoStrategy> strategies) {
    }

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
    PriorityService priorities;

    @Transactional
    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.demoData().enabled() || areaRepository.count() > 0) {
            return;
        }
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.json")) {
            data = json.readValue(in, DemoData.class);
        }
        for (var area : data.areas()) {
            areas.create(new AreaInput(area.code(), area.name(), area.icbCode(), area.icbName(), true), ACTOR);
        }
        int priorityCount = 0;
        for (var s : data.strategies()) {
            var strategy = strategies.create(s.areaCode(), new StrategyInput(s.title(), s.periodStart(),
                    s.periodEnd(), s.status(), s.vision(), s.principles()), ACTOR);
            for (var p : s.priorities()) {
                priorities.create(s.areaCode(), new PriorityInput(strategy.id(), p.number(), p.title(),
                        p.description(), p.rationale(), p.status(), p.lead(), p.actions(), p.measures()), ACTOR);
                priorityCount++;
            }
        }
        LOG.infof("Loaded demo data: %d areas, %d strategies, %d priorities", data.areas().size(),
                data.strategies().size(), priorityCount);
    }
}

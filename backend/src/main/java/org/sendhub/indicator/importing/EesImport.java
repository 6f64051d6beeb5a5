package org.sendhub.indicator.importing;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.security.ValueWriter;
import org.sendhub.geography.PlaceRepository;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.IndicatorRepository;

/**
 * Imports an EES open-data file through a mapping, by the analysts' import itself: the file's rows
 * are translated into the analysts' rows, which meet the same checks, the same all-or-nothing copy
 * and the same audit.
 */
@ApplicationScoped
public class EesImport {

    @Inject
    IndicatorImport importer;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PlaceRepository places;

    /** What is wrong with a mapping against the catalogue (unknown indicators, breakdowns they lack). */
    public List<FieldError> problems(EesMapping mapping) {
        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.listAll().forEach(i -> catalogue.put(i.code, i));
        return mapping.problems(catalogue);
    }

    public EesImportReport run(InputStream file, EesMapping mapping, ValueWriter writer, boolean dryRun) {
        InputRules.throwIfAny(problems(mapping));
        var knownPlaces = new HashSet<String>();
        places.listAll().forEach(p -> knownPlaces.add(p.code));
        var format = new EesFormat(mapping, knownPlaces, writer);
        ImportReport values = importer.run(file, format, writer, dryRun);
        return EesImportReport.of(values, format.tally());
    }
}

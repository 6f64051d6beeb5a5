package org.sendhub.indicator.importing;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.common.problem.FieldError;
import org.sendhub.common.security.ValueWriter;
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

    /** What is wrong with a mapping against the catalogue (unknown indicators, breakdowns they lack). */
    public List<FieldError> problems(EesMapping mapping) {
        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.listAll().forEach(i -> catalogue.put(i.code, i));
        return mapping.problems(catalogue);
    }

    /** The mapping is checked against the catalogue as the file's header is read, before any row. */
    public EesImportReport run(InputStream file, EesMapping mapping, ValueWriter writer, boolean dryRun) {
        var format = new EesFormat(mapping);
        ImportReport values = importer.run(file, format, writer, dryRun);
        return EesImportReport.of(values, format.tally());
    }
}

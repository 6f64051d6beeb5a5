package org.sendhub.indicator.eesmapping;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.record.KeyedRecords;
import org.sendhub.indicator.eesmapping.SavedMappingDto.SavedMappingInput;
import org.sendhub.indicator.eesmapping.SavedMappingDto.SavedMappingView;
import org.sendhub.indicator.importing.EesImport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Saved EES mappings, shared by everyone who imports. A mapping is checked against the catalogue
 * when saved, as when it is used. Changes are audited under no area.
 */
@ApplicationScoped
@Transactional
public class SavedMappings extends KeyedRecords<SavedMapping, SavedMappingView> {

    public static final String ENTITY_TYPE = "ees_mapping";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    @Inject
    SavedMappingRepository mappings;

    @Inject
    EesImport eesImport;

    @Override
    protected PanacheRepositoryBase<SavedMapping, String> repository() {
        return mappings;
    }

    @Override
    protected String entityType() {
        return ENTITY_TYPE;
    }

    @Override
    protected String key(SavedMapping mapping) {
        return mapping.code;
    }

    @Override
    protected String auditArea(SavedMapping mapping) {
        return null;
    }

    @Override
    protected SavedMappingView view(SavedMapping mapping) {
        return SavedMappingView.from(mapping);
    }

    public Page<SavedMappingView> list(String q, boolean includeArchived, String sort, PageRequest page) {
        return ListQuery.all().archived(includeArchived).search(q, "code", "name", "description", "fileName")
                .sorted(sort, "name", SORTS, "code").page(mappings, page, SavedMappingView::from);
    }

    @Override
    protected String noSuch(String code) {
        return "No saved EES mapping " + code + ".";
    }

    public SavedMappingView create(SavedMappingInput input, String actor) {
        var mapping = new SavedMapping();
        checkMapping(input);
        return createWithKey(input == null ? null : input.code(), mapping, input, () -> {
            mapping.code = input.code();
            apply(mapping, input);
        }, actor);
    }

    public SavedMappingView update(String code, int expectedVersion, SavedMappingInput input, String actor) {
        var mapping = findForChange(code);
        requireCurrent(mapping, expectedVersion);
        checkMapping(input);
        return changeWithKey(mapping, expectedVersion, input == null ? null : input.code(), input,
                () -> apply(mapping, input), actor);
    }

    /** The fields first (a missing mapping is theirs to report), then the mapping against the catalogue. */
    private void checkMapping(SavedMappingInput input) {
        InputRules.throwIfAny(rules.violations(input));
        InputRules.throwIfAny(eesImport.problems(input.mapping()));
    }

    private static void apply(SavedMapping mapping, SavedMappingInput input) {
        mapping.name = input.name().trim();
        mapping.description = input.description();
        mapping.fileName = input.fileName();
        mapping.mapping = input.mapping();
    }
}

package org.sendhub.indicator.eesmapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SavedMappingRepository implements PanacheRepositoryBase<SavedMapping, String> {
}

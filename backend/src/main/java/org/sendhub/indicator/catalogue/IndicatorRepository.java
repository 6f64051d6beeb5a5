package org.sendhub.indicator.catalogue;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {
}

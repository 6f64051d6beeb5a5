package org.sendhub.strategy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<Strategy, UUID> {
}

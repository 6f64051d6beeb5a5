package org.sendhub.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<CommissionedService, UUID> {
}

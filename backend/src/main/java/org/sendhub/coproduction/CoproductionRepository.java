package org.sendhub.coproduction;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoproductionRepository implements PanacheRepositoryBase<Coproduction, UUID> {
}

package org.familysafeguarding.caseload.rest;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Test only: a write that PostgreSQL refuses, one per kind of refusal bad input can cause, into a
 * scratch table of the test database. Stands for a rule of ours that let bad input through to the
 * database: the answer must still be a 4xx problem, never a 500.
 */
@Path("/test-only/persistence-probe")
public class PersistenceProbeResource {

    private final EntityManager entityManager;

    public PersistenceProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Path("/{kind}")
    @Transactional
    public void provoke(@PathParam("kind") String kind) {
        entityManager.createNativeQuery("""
                create table if not exists persistence_probe (id int primary key, code varchar(5) unique,
                    parent int references persistence_probe(id), amount numeric(4, 2) check (amount >= 0), label text)""").executeUpdate();
        entityManager.createNativeQuery("delete from persistence_probe").executeUpdate();
        switch (kind) {
            case "unique" -> {
                insert("insert into persistence_probe (id, code) values (1, 'A')");
                insert("insert into persistence_probe (id, code) values (2, 'A')");
            }
            case "foreign-key" -> insert("insert into persistence_probe (id, parent) values (1, 999)");
            case "still-referenced" -> {
                insert("insert into persistence_probe (id) values (1)");
                insert("insert into persistence_probe (id, parent) values (2, 1)");
                insert("delete from persistence_probe where id = 1");
            }
            case "check" -> insert("insert into persistence_probe (id, amount) values (1, -1)");
            case "not-null" -> insert("insert into persistence_probe (id) values (null)");
            case "too-long" -> insert("insert into persistence_probe (id, code) values (1, 'ABCDEF')");
            case "out-of-range" -> insert("insert into persistence_probe (id, amount) values (1, 12345)");
            case "nul" ->
                entityManager
                        .createNativeQuery("insert into persistence_probe (id, label) values (1, ?1)")
                        .setParameter(1, "Smith\u0000 family")
                        .executeUpdate();
            default -> insert("insert into persistence_probe (id) values (1)");
        }
    }

    private void insert(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}

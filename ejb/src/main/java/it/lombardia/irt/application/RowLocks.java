package it.lombardia.irt.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Locks a row by its key before its entity is read. A locking read of an entity with an eagerly
 * fetched collection is an outer join, which PostgreSQL cannot lock: Hibernate then reads first and
 * locks after, checking the version, and fails whenever someone changed the row in between. Locking
 * first makes the caller wait for that change and then read it.
 */
public final class RowLocks {

  private RowLocks() {}

  /**
   * Waits for, and holds until the transaction ends, the row {@code id} of {@code table} (a
   * constant, never input); a missing row locks nothing.
   */
  public static void lock(EntityManager em, String table, long id) {
    em.createNativeQuery("select id from " + table + " where id = ?1 for update")
        .setParameter(1, id)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }
}

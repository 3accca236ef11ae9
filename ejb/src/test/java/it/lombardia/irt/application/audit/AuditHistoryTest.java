package it.lombardia.irt.application.audit;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static it.lombardia.irt.testing.PersistenceFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.user.UserDirectories;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.testing.PersistenceFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditHistoryTest {

  static PersistenceFixture db;

  @BeforeAll
  static void start() {
    db = new PersistenceFixture();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static List<HistoryEntry> historyAs(Actor actor, Long userId) {
    return db.as(
        actor,
        s -> {
          AuditHistory history = new AuditHistory();
          history.em = s;
          history.directory = UserDirectories.on(s);
          return history.of(AuditedType.USER, String.valueOf(userId));
        });
  }

  @Test
  void changeProducesRevisionWithUserTenantAndAddress() {
    Actor adminA = admin(TENANT_A);
    Long id = db.createUser(adminA, "audited.a");
    db.as(
        adminA,
        s -> {
          s.find(UserAccount.class, id).setEnabled(false);
          return null;
        });

    List<HistoryEntry> history = historyAs(adminA, id);

    assertEquals(List.of("ADD", "MOD"), history.stream().map(HistoryEntry::change).toList());
    HistoryEntry last = history.get(1);
    assertEquals(adminA.name(), last.username());
    assertEquals(TENANT_A, last.tenantCode());
    assertEquals("192.0.2.10", last.clientAddress());
    assertEquals("false", last.state().get("enabled"));
  }

  @Test
  void namesTheAuthorAndTheAsstOfEachRevision() {
    Actor adminA = admin(TENANT_A);
    db.createUser(adminA, adminA.name()); // the administrator's own account: "Utente <username>"
    Long id = db.createUser(adminA, "named.a");

    HistoryEntry created = historyAs(adminA, id).get(0);

    assertEquals("Utente " + adminA.name(), created.userFullName());
    assertEquals("ASST di prova A", created.tenantName());
  }

  @Test
  void anotherTenantCannotReadTheHistory() {
    Long idOfA = db.createUser(admin(TENANT_A), "secret.history.a");

    assertThrows(NotFoundException.class, () -> historyAs(admin(TENANT_B), idOfA));
  }

  @Test
  void historyNeedsTheAdministratorRole() {
    Long id = db.createUser(admin(TENANT_A), "history.role.a");
    Actor nurse = new Actor("nurse.a", "Nurse", TENANT_A, TENANT_A, Set.of(Role.NURSE), null, null);

    assertThrows(AccessDeniedException.class, () -> historyAs(nurse, id));
  }

  @Test
  void passwordHashesAreNotKeptInTheAuditTrail() {
    Long id = db.createUser(admin(TENANT_A), "nohash.a");

    long columns =
        db.inRegion(
            s ->
                s.createNativeQuery(
                        "select count(*) from information_schema.columns where lower(table_name) = 'user_account_aud'"
                            + " and lower(column_name) = 'password_hash'",
                        Long.class)
                    .getSingleResult());

    assertEquals(0L, columns);
    assertEquals(1, historyAs(admin(TENANT_A), id).size());
  }
}

package it.lombardia.irt.infrastructure.tenancy;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static it.lombardia.irt.testing.PersistenceFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.testing.PersistenceFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantIsolationTest {

  static PersistenceFixture db;

  @BeforeAll
  static void start() {
    db = new PersistenceFixture();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static List<String> usernamesSeenBy(String tenant) {
    return db.as(
        admin(tenant),
        s -> s.createQuery("select u.username from UserAccount u", String.class).getResultList());
  }

  @Test
  void eachTenantListsOnlyItsOwnUsersBothWays() {
    db.createUser(admin(TENANT_A), "list.a");
    db.createUser(admin(TENANT_B), "list.b");

    List<String> seenByA = usernamesSeenBy(TENANT_A);
    List<String> seenByB = usernamesSeenBy(TENANT_B);

    assertTrue(seenByA.contains("list.a"));
    assertTrue(seenByA.stream().noneMatch("list.b"::equals), "A must not see B's user: " + seenByA);
    assertTrue(seenByB.contains("list.b"));
    assertTrue(seenByB.stream().noneMatch("list.a"::equals), "B must not see A's user: " + seenByB);
  }

  @Test
  void findByIdDoesNotReturnAnotherTenantsRow() {
    Long idOfA = db.createUser(admin(TENANT_A), "find.a");

    assertNull(db.as(admin(TENANT_B), s -> s.find(UserAccount.class, idOfA)));
    assertNotNull(db.as(admin(TENANT_A), s -> s.find(UserAccount.class, idOfA)));
  }

  @Test
  void savedRowCarriesTheCallersTenant() {
    Long id = db.createUser(admin(TENANT_B), "stamp.b");

    String stored = db.inRegion(s -> s.find(UserAccount.class, id).getTenantCode());

    assertEquals(TENANT_B, stored);
  }

  @Test
  void nothingCanBeReadOrSavedWithoutATenantInContext() {
    CallContext.clear();
    assertThrows(NoTenantException.class, () -> db.sessionFactory().openSession());
  }

  @Test
  void cannotSaveARowIntoAnotherTenant() {
    assertThrows(
        RuntimeException.class,
        () ->
            db.as(
                admin(TENANT_A),
                s -> {
                  s.persist(
                      new UserAccount("intruder", "Intruso", "x", Instant.now())
                          .inTenant(TENANT_B));
                  s.flush();
                  return null;
                }));
    assertTrue(usernamesSeenBy(TENANT_B).stream().noneMatch("intruder"::equals));
  }

  @Test
  void bulkUpdateTouchesOnlyTheCallersTenant() {
    Long idOfB = db.createUser(admin(TENANT_B), "bulk.b");

    db.as(
        admin(TENANT_A),
        s ->
            s.createMutationQuery("update UserAccount u set u.fullName = 'hacked'")
                .executeUpdate());

    assertEquals("Utente bulk.b", db.inRegion(s -> s.find(UserAccount.class, idOfB).getFullName()));
  }

  @Test
  void regionScopeSeesEveryTenant() {
    db.createUser(admin(TENANT_A), "region.a");
    db.createUser(admin(TENANT_B), "region.b");

    List<String> all =
        db.inRegion(
            s ->
                s.createQuery("select u.username from UserAccount u", String.class)
                    .getResultList());

    assertTrue(all.containsAll(List.of("region.a", "region.b")));
  }

  @Test
  void regionAdministratorOutsideRegionScopeSeesNoTenantsData() {
    db.createUser(admin(TENANT_A), "regionadmin.a");

    List<String> seen = usernamesSeenBy(Tenancy.REGION);

    assertTrue(seen.stream().noneMatch("regionadmin.a"::equals));
  }
}

package it.lombardia.irt.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.domain.model.governance.ServiceEnablement;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.PersistenceFixture;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantLoaderTest {

  private static final String V1 =
      "{\"tenants\":[{\"code\":\"ASST-LOAD\",\"name\":\"ASST Uno\",\"ats\":\"PAVIA\",\"settings\":{\"session.timeout-minutes\":\"20\"}}]}";
  private static final String V2 = V1.replace("ASST Uno", "ASST Due");

  private PersistenceFixture db;

  @BeforeEach
  void start() {
    db = new PersistenceFixture();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private int load(String json) {
    return db.inRegion(
        s -> {
          TenantLoader loader = new TenantLoader();
          loader.em = s;
          loader.clock = Clock.systemUTC();
          return loader.load(TenantDefinitionReader.read(json));
        });
  }

  private Tenant tenant() {
    return db.inRegion(s -> s.find(Tenant.class, "ASST-LOAD"));
  }

  private long tenants() {
    return db.inRegion(
        s ->
            s.createQuery("select count(t) from Tenant t where t.code = 'ASST-LOAD'", Long.class)
                .getSingleResult());
  }

  @Test
  void anAsstOfTheDefinitionsDeliversEveryServiceFromTheRolloutsStart() {
    load(V1);
    load(V2);

    List<ServiceEnablement> enabled =
        db.inRegion(
            s ->
                s.createQuery(
                        "select e from ServiceEnablement e where e.tenantCode = 'ASST-LOAD'",
                        ServiceEnablement.class)
                    .getResultList());
    assertEquals(TelemedicineService.values().length, enabled.size(), "once each");
    assertEquals(
        List.of(ServiceRollout.EXISTING_FROM),
        enabled.stream().map(e -> e.getEnabledFrom().orElseThrow()).distinct().toList());
  }

  @Test
  void loadingTwiceCreatesOnceAndChangesNothingTheSecondTime() {
    assertEquals(1, load(V1));
    assertEquals(0, load(V1));

    assertEquals(1, tenants());
    assertEquals("20", tenant().getSettings().get("session.timeout-minutes"));
  }

  @Test
  void anEditedDefinitionUpdatesItsTenant() {
    load(V1);

    assertEquals(1, load(V2));

    assertEquals("ASST Due", tenant().getName());
    assertEquals(1, tenants());
  }

  @Test
  void aRegionAdministratorsLaterEditSurvivesAnUnchangedDefinition() {
    load(V1);
    db.inRegion(
        s -> {
          Tenant t = s.find(Tenant.class, "ASST-LOAD");
          t.setName("Rinominata dalla Regione");
          t.setAts(Ats.MONTAGNA);
          return null;
        });

    load(V1);

    assertEquals("Rinominata dalla Regione", tenant().getName());
    assertEquals(List.of(Ats.MONTAGNA), List.of(tenant().getAts()));
  }
}

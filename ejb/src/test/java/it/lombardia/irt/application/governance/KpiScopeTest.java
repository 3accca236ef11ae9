package it.lombardia.irt.application.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiScopeTest {

  private static final Tenant BERGAMO =
      new Tenant(
          "ASST-PAPA-GIOVANNI-XXIII", "ASST Papa Giovanni XXIII", Ats.BERGAMO, Instant.EPOCH);
  private static final Tenant NIGUARDA =
      new Tenant("ASST-NIGUARDA", "ASST Niguarda", Ats.CITTA_METROPOLITANA_MILANO, Instant.EPOCH);

  @Test
  void blankChoicesCoverTheWholeRegion() {
    KpiScope scope = KpiScope.parse(" ", null);

    assertTrue(scope.whole());
    assertTrue(scope.includes(BERGAMO) && scope.includes(NIGUARDA));
  }

  @Test
  void anAtsCoversOnlyItsAssts() {
    KpiScope scope = KpiScope.parse("BERGAMO", "");

    assertFalse(scope.whole());
    assertTrue(scope.includes(BERGAMO));
    assertFalse(scope.includes(NIGUARDA));
  }

  @Test
  void anAsstOfAnotherAtsIsOutsideTheScope() {
    assertFalse(KpiScope.parse("BERGAMO", "ASST-NIGUARDA").includes(NIGUARDA));
    assertTrue(KpiScope.parse(null, "ASST-NIGUARDA").includes(NIGUARDA));
  }

  @Test
  void refusesAnUnknownAtsNamingTheField() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> KpiScope.parse("LOMBARDIA", null));

    assertEquals("ats", e.problems().get(0).field());
  }

  @Test
  void addsUpTheAsstsOfEachAts() {
    var rows =
        KpiFigures.AtsRow.of(
            List.of(
                row("A", "BERGAMO", 100, 40, 10),
                row("B", "PAVIA", 50, 20, 5),
                row("C", "BERGAMO", 30, 12, 3)));

    assertEquals(2, rows.size());
    assertEquals(new KpiFigures.AtsRow("BERGAMO", "ATS di Bergamo", 130, 52, 13), rows.get(0));
    assertEquals("ATS di Pavia", rows.get(1).name());
  }

  private static KpiFigures.TenantRow row(
      String code, String ats, long target, long today, long active) {
    return new KpiFigures.TenantRow(code, code, ats, target, today, active, java.util.Map.of());
  }
}

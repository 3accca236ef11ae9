package it.lombardia.irt.domain.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CarePlanTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private static CarePlan approved(CarePlan.Kind kind) {
    CarePlan plan = new CarePlan(1L, 2L, kind, 1, "1.0.0", "niguarda.mmg");
    plan.write(
        new CarePlan.Content(
            "Camminare 30 minuti",
            null,
            Set.of(TelemedicineService.TELEREHABILITATION),
            LocalDate.of(2027, 3, 1),
            List.of(new CarePlan.Member("niguarda.fisioterapista", "fisioterapista")),
            List.of(),
            List.of(),
            24,
            3,
            LocalDate.of(2026, 12, 7),
            LocalDate.of(2027, 2, 7)),
        "niguarda.mmg");
    plan.approve("niguarda.mmg", NOW);
    return plan;
  }

  @Test
  void theFinalReportConcludesAnApprovedPriOnce() {
    CarePlan pri = approved(CarePlan.Kind.PRI);
    pri.conclude();
    assertEquals(CarePlan.Status.CONCLUDED, pri.getStatus());
    assertEquals(
        "error.plan.notApprovedPri", assertThrows(RuleViolation.class, pri::conclude).key());
  }

  @Test
  void aPaiHasNoRehabilitationCycleToConclude() {
    CarePlan pai = approved(CarePlan.Kind.PAI);
    assertThrows(RuleViolation.class, pai::conclude);
    assertEquals(CarePlan.Status.APPROVED, pai.getStatus());
  }
}

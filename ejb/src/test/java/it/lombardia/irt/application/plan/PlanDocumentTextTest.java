package it.lombardia.irt.application.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanDocumentTextTest {

  private static final String SPO2 = "59408-5";
  private static final String HR = "8867-4";
  private static final Protocol PROTOCOL =
      new Protocol(
          "copd",
          Label.of("BPCO", "COPD"),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new MonitoredParameter(
                  SPO2,
                  Label.of("Saturazione", "Oxygen saturation"),
                  "%",
                  50,
                  100,
                  Duration.ofDays(1)),
              new MonitoredParameter(
                  HR,
                  Label.of("Frequenza cardiaca", "Heart rate"),
                  "/min",
                  20,
                  250,
                  Duration.ofHours(8))),
          List.of(
              new Threshold(SPO2, AlarmLevel.ALARM, Threshold.Direction.BELOW, 90, 85, 92),
              new Threshold(SPO2, AlarmLevel.CRITICAL, Threshold.Direction.BELOW, 85, 80, 88),
              new Threshold(HR, AlarmLevel.ATTENTION, Threshold.Direction.ABOVE, 100.5, 90, 120)),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());
  private static final Map<String, String> NAMES =
      Map.of("niguarda.pneumologo", "Anna Verdi", "niguarda.infermiere", "Giulia Neri");

  private static CarePlan approved(CarePlan.Kind kind, int version) {
    CarePlan plan = new CarePlan(1L, 2L, kind, version, "1.2.0", "niguarda.pneumologo");
    boolean pri = kind == CarePlan.Kind.PRI;
    plan.write(
        new CarePlan.Content(
            "Mantenere la saturazione sopra il 90%",
            null,
            pri
                ? Set.of(TelemedicineService.TELEREHABILITATION)
                : Set.of(TelemedicineService.TELEMONITORING_LEVEL_1),
            LocalDate.of(2027, 6, 1),
            List.of(
                new CarePlan.Member("niguarda.pneumologo", "referente"),
                new CarePlan.Member("niguarda.infermiere", "infermiere di famiglia")),
            List.of(
                new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 88, Threshold.Direction.BELOW)),
            List.of(),
            pri ? 20 : null,
            pri ? 2 : null,
            pri ? LocalDate.of(2026, 12, 10) : null,
            pri ? LocalDate.of(2027, 2, 28) : null),
        "niguarda.pneumologo");
    plan.approve("niguarda.pneumologo", Instant.parse("2026-12-06T10:30:00Z"));
    return plan;
  }

  private static Map<String, String> sections(CarePlan plan) {
    return PlanDocumentText.sections(plan, "Rete respiratoria — BPCO", PROTOCOL, NAMES::get)
        .stream()
        .collect(Collectors.toMap(PlanDocumentText.Section::title, PlanDocumentText.Section::text));
  }

  @Test
  void theTitleNamesThePlanAndItsVersion() {
    assertEquals(
        "Piano di assistenza individuale (PAI) — versione 2",
        PlanDocumentText.title(CarePlan.Kind.PAI, 2));
    assertEquals(
        "Piano riabilitativo individuale (PRI) — versione 1",
        PlanDocumentText.title(CarePlan.Kind.PRI, 1));
  }

  @Test
  void parametersAreNamedWithTheirFrequencyAndTheThresholdsInForce() {
    String parameters = sections(approved(CarePlan.Kind.PAI, 1)).get("Parametri monitorati");
    assertEquals(
        "Saturazione (%), ogni giorno: allarme ≤ 88 % (personalizzata); critico ≤ 85 %\n"
            + "Frequenza cardiaca (/min), ogni 8 ore: attenzione ≥ 100,5 /min",
        parameters);
  }

  @Test
  void peopleAreNamedNeverByUsernameAndTheApprovalIsDatedInItalianTime() {
    Map<String, String> sections = sections(approved(CarePlan.Kind.PAI, 3));
    assertEquals(
        "Anna Verdi (referente)\nGiulia Neri (infermiere di famiglia)",
        sections.get("Équipe di cura"));
    assertEquals(
        "Versione 3 approvata da Anna Verdi il 06/12/2026 11:30", sections.get("Approvazione"));
    assertEquals(
        "Rete respiratoria — BPCO (protocollo della rete, versione 1.2.0)",
        sections.get("Percorso"));
    assertEquals("Mantenere la saturazione sopra il 90%", sections.get("Obiettivi"));
    assertEquals("telemonitoraggio di livello 1", sections.get("Servizi"));
    assertFalse(sections.containsKey("Tempi"), "an empty section is left out");
    assertFalse(sections.containsKey("Periodo"), "a PAI without tele-control has no period");
    assertTrue(
        sections.values().stream().noneMatch(t -> t.contains("niguarda.")),
        "never a username: " + sections);
  }

  @Test
  void aPriStatesItsSessionCycle() {
    assertEquals(
        "20 sedute, 2 a settimana, dal 10/12/2026 al 28/02/2027",
        sections(approved(CarePlan.Kind.PRI, 1)).get("Periodo"));
  }

  @Test
  void frequenciesReadAsPeopleSayThem() {
    assertEquals("ogni settimana", PlanDocumentText.frequency(Duration.ofDays(7)));
    assertEquals("ogni 2 giorni", PlanDocumentText.frequency(Duration.ofDays(2)));
    assertEquals("ogni ora", PlanDocumentText.frequency(Duration.ofHours(1)));
    assertEquals("ogni 15 minuti", PlanDocumentText.frequency(Duration.ofMinutes(15)));
    assertEquals("senza frequenza fissa", PlanDocumentText.frequency(null));
  }
}

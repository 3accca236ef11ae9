package it.lombardia.irt.application.plan;

import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Threshold;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the signed document of an approved care plan version says, in Italian (the FSE's and the
 * patient's language): the same sections in the PDF and in the FHIR Composition's narrative, people
 * by name and parameters by the protocol's name, never a username or a code alone.
 */
public final class PlanDocumentText {

  /** One titled part of the plan's text. */
  public record Section(String title, String text) {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private PlanDocumentText() {}

  /** E.g. "Piano di assistenza individuale (PAI) — versione 2". */
  public static String title(CarePlan.Kind kind, int version) {
    return (kind == CarePlan.Kind.PAI
            ? "Piano di assistenza individuale (PAI)"
            : "Piano riabilitativo individuale (PRI)")
        + " — versione "
        + version;
  }

  /**
   * The sections of an approved version; empty ones are left out.
   *
   * @param pathway the network and condition the plan belongs to, e.g. "Rete cardiologica —
   *     Scompenso cardiaco"
   * @param nameOf a professional's full name from their username
   */
  public static List<Section> sections(
      CarePlan plan, String pathway, Protocol protocol, Function<String, String> nameOf) {
    List<Section> sections = new ArrayList<>();
    add(
        sections,
        "Percorso",
        pathway + " (protocollo della rete, versione " + plan.getNetworkVersion() + ")");
    add(
        sections,
        "Servizi",
        plan.getServices().stream()
            .map(RecordText::service)
            .sorted()
            .collect(Collectors.joining(", ")));
    add(sections, "Obiettivi", plan.getObjectives());
    add(sections, "Tempi", plan.getTimings());
    add(
        sections,
        "Équipe di cura",
        plan.getTeam().stream()
            .map(m -> nameOf.apply(m.getUsername()) + " (" + m.getTeamRole() + ")")
            .collect(Collectors.joining("\n")));
    add(sections, "Parametri monitorati", parameters(plan, protocol));
    add(sections, "Periodo", period(plan));
    add(sections, "Rivalutazione", "entro il " + RecordText.date(plan.getReviewDate()));
    add(
        sections,
        "Approvazione",
        "Versione "
            + plan.getPlanNumber()
            + " approvata da "
            + nameOf.apply(plan.getApprovedBy())
            + " il "
            + when(plan.getApprovedAt()));
    return sections;
  }

  /**
   * One line per parameter of the protocol: its name and unit, how often a reading is expected, and
   * each threshold in force — the plan's own value where it personalises the protocol's.
   */
  static String parameters(CarePlan plan, Protocol protocol) {
    return protocol.parameters().stream()
        .map(p -> parameter(p, plan.getThresholds(), protocol))
        .collect(Collectors.joining("\n"));
  }

  private static String parameter(
      MonitoredParameter p, List<PersonalisedThreshold> personalised, Protocol protocol) {
    String thresholds =
        protocol.thresholds().stream()
            .filter(t -> t.parameter().equals(p.code()))
            .map(t -> threshold(t, p.unit(), personalised, protocol))
            .collect(Collectors.joining("; "));
    return p.name().it()
        + " ("
        + p.unit()
        + "), "
        + frequency(p.expectedEvery())
        + (thresholds.isEmpty() ? "" : ": " + thresholds);
  }

  private static String threshold(
      Threshold t, String unit, List<PersonalisedThreshold> personalised, Protocol protocol) {
    Optional<PersonalisedThreshold> own =
        personalised.stream().filter(pt -> pt.personalises(t, protocol)).findFirst();
    return level(t.level())
        + (t.direction() == Threshold.Direction.ABOVE ? " ≥ " : " ≤ ")
        + number(own.map(PersonalisedThreshold::value).orElse(t.value()))
        + " "
        + unit
        + (own.isPresent() ? " (personalizzata)" : "");
  }

  /** How often a reading is expected, e.g. "ogni giorno", "ogni 8 ore". */
  static String frequency(Duration every) {
    if (every == null || every.isZero()) {
      return "senza frequenza fissa";
    }
    if (every.toDays() > 0 && every.equals(Duration.ofDays(every.toDays()))) {
      return every.toDays() == 1
          ? "ogni giorno"
          : every.toDays() == 7 ? "ogni settimana" : "ogni " + every.toDays() + " giorni";
    }
    if (every.toHours() > 0 && every.equals(Duration.ofHours(every.toHours()))) {
      return every.toHours() == 1 ? "ogni ora" : "ogni " + every.toHours() + " ore";
    }
    return "ogni " + Math.max(1, every.toMinutes()) + " minuti";
  }

  static String level(AlarmLevel level) {
    return switch (level) {
      case ATTENTION -> "attenzione";
      case ALARM -> "allarme";
      case CRITICAL -> "critico";
    };
  }

  /** A threshold in Italian style: "37,5", "100". */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String period(CarePlan plan) {
    if (plan.getKind() == CarePlan.Kind.PRI) {
      return plan.getSessionsPlanned()
          + " sedute, "
          + plan.getSessionsPerWeek()
          + " a settimana, dal "
          + RecordText.date(plan.getCycleStart())
          + " al "
          + RecordText.date(plan.getCycleEnd());
    }
    return plan.isTeleControl()
        ? "Telecontrollo dal "
            + RecordText.date(plan.getCycleStart())
            + " al "
            + RecordText.date(plan.getCycleEnd())
        : null;
  }

  private static String when(Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(Italy.ZONE));
  }

  private static void add(List<Section> sections, String title, String text) {
    if (text != null && !text.isBlank()) {
      sections.add(new Section(title, text));
    }
  }
}

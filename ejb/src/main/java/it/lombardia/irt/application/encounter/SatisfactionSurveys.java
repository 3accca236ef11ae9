package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The satisfaction questionnaire after an encounter with the patient (seed 000 §7) and the ASST's
 * KPI: per service, how many were offered and answered and the mean score of each question.
 */
@Stateless
public class SatisfactionSurveys {

  /** One service's line of the KPI; means are null when nobody answered. */
  public record ServiceSatisfaction(
      TelemedicineService service, long offered, long answered, List<Double> meanScores) {}

  @Inject EncounterRepository encounters;

  @Inject
  @ConfigProperty(name = "irt.survey.days", defaultValue = "7")
  int surveyDays;

  /** Offers the questionnaire for a completed encounter, answered through the patient's link. */
  public void offer(Encounter encounter, Instant now) {
    encounters.add(
        new SatisfactionSurvey(
            encounter.getId(), encounter.getService(), now.plus(Duration.ofDays(surveyDays)), now));
  }

  /** The KPI over the questionnaires offered from {@code from} to {@code to} (Italian days). */
  public List<ServiceSatisfaction> report(LocalDate from, LocalDate to) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    if (from == null || to == null || to.isBefore(from)) {
      throw InvalidInputException.of(
          "to", "error.record.period", "give a period whose end is not before its start");
    }
    List<SatisfactionSurvey> surveys =
        encounters.surveysOffered(
            from.atStartOfDay(Italy.ZONE).toInstant(),
            to.plusDays(1).atStartOfDay(Italy.ZONE).toInstant());
    Map<TelemedicineService, List<SatisfactionSurvey>> byService =
        new EnumMap<>(TelemedicineService.class);
    surveys.forEach(s -> byService.computeIfAbsent(s.getService(), k -> new ArrayList<>()).add(s));
    List<ServiceSatisfaction> lines = new ArrayList<>();
    byService.forEach(
        (service, list) -> {
          List<List<Integer>> answered =
              list.stream().map(SatisfactionSurvey::scoreList).filter(l -> !l.isEmpty()).toList();
          List<Double> means = new ArrayList<>();
          for (int q = 0; q < SatisfactionSurvey.Question.values().length; q++) {
            int question = q;
            means.add(
                answered.isEmpty()
                    ? null
                    : answered.stream().mapToInt(a -> a.get(question)).average().orElse(0));
          }
          lines.add(new ServiceSatisfaction(service, list.size(), answered.size(), means));
        });
    return lines;
  }
}

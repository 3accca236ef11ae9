package it.lombardia.irt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Patients with a surname and a name of their own, so that a search by name finds them among the
 * many "Colombo Luigia" of the other tests: a heart-failure patient in the care of the Niguarda
 * nurse, or one under televisit with the cardiologist in the team.
 */
public final class SearchablePatients {

  private static final String[] SYLLABLES = {
    "ma", "ri", "lo", "ne", "ta", "ve", "ro", "bi", "ca", "do", "fe", "gu", "li", "no", "pe", "sa"
  };

  private SearchablePatients() {}

  /** A patient of that name in the nurse's care (plan approved with her in the team). */
  public record Named(long id, String familyName, String givenName, String codiceFiscale) {}

  /** A given name nobody else has: "Nicolò" followed by three random syllables. */
  public static String uniqueGivenName() {
    StringBuilder name = new StringBuilder("Nicolò ");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 3; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.setCharAt(7, Character.toUpperCase(name.charAt(7)));
    return name.toString();
  }

  /** "D'Amico Nicolò …", proposed by the MMG, whose approved plan names the nurse in the team. */
  public static Named inTheNursesCare() {
    Named patient = registered();
    String services = "[\"TELEMONITORING_LEVEL_1\"]";
    long enrolment =
        CarePathways.propose(patient.id(), "heart-failure", CarePathways.HF_FACTS, services);
    CarePathways.assessSuitable(enrolment, "TELEMONITORING_LEVEL_1");
    CarePathways.consent(enrolment, "CARE_PATHWAY");
    CarePathways.consent(enrolment, "TELEMEDICINE");
    CarePathways.approvedPlan(
        enrolment,
        "PAI",
        CarePathways.plan(
            services, CarePathways.TEAM_WITH_NURSE, "[]", CarePathways.ALARMS_TO_THE_NURSE, ""));
    IrtClient.Answer active =
        IrtClient.demo("niguarda.mmg").post("/api/enrolments/" + enrolment + "/activation", "{}");
    assertEquals(200, active.status(), active.body());
    return patient;
  }

  /** "D'Amico Nicolò …" under televisit, the cardiologist in the team. */
  public static Named underTelevisit() {
    Named patient = registered();
    CarePathways.activePatient(patient.id(), "[\"TELEVISIT\"]");
    return patient;
  }

  /** A patient of the MMG with a unique name, registered only: no pathway, no plan. */
  public static Named withoutPathway() {
    return registered();
  }

  private static Named registered() {
    String givenName = uniqueGivenName();
    String cf = CodiciFiscali.newValid();
    return new Named(
        CarePathways.registerPatient("D'Amico", givenName, cf), "D'Amico", givenName, cf);
  }
}

package it.lombardia.irt.testing;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A heart-failure patient of ASST Niguarda taken in charge over the API by the demo MMG, step by
 * step, for the tests of the enrolment and of what builds on it.
 */
public final class CarePathways {

  private static final IrtClient MMG = demo("niguarda.mmg");

  /** Heart-failure facts that make a patient eligible, as JSON. */
  public static final String HF_FACTS =
      """
      {"hf-diagnosis": "HFrEF", "nyha-class": "II", "months-since-hf-event": "3",
       "age-years": "72", "telemonitoring-consent": "yes", "end-of-life-care": "no",
       "severe-cognitive-impairment-without-caregiver": "no", "chronic-dialysis": "no"}""";

  private static final String TEAM =
      """
      [{"username": "niguarda.mmg", "teamRole": "MMG referente"},
       {"username": "niguarda.cardiologo", "teamRole": "cardiologo"}]""";

  /**
   * An alarm protocol sending attention and alarm to the Niguarda nurse all day (fallbacks ADI and
   * COT), critical to the COT.
   */
  public static final String ALARMS_TO_THE_NURSE =
      """
      [{"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:ADI"},
       {"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 60, "fallback": "centre:COT"},
       {"level": "CRITICAL", "recipient": "centre:COT", "from": "00:00:00", "to": "00:00:00",
        "acknowledgeWithinMinutes": 15, "fallback": "niguarda.cardiologo"}]""";

  public static final String TEAM_WITH_NURSE =
      """
      [{"username": "niguarda.mmg", "teamRole": "MMG referente"},
       {"username": "niguarda.cardiologo", "teamRole": "cardiologo"},
       {"username": "niguarda.infermiere", "teamRole": "infermiere"}]""";

  private CarePathways() {}

  public static long registerPatient() {
    return registerPatient("Colombo", "Luigia", CodiciFiscali.newValid());
  }

  /** A patient of the MMG named as given, born in Milan on 1 January 1950, living in Milan. */
  public static long registerPatient(String familyName, String givenName, String codiceFiscale) {
    String body =
        """
        {"codiceFiscale": "%s", "givenName": "%s", "familyName": "%s",
         "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano"}"""
            .formatted(codiceFiscale, givenName, familyName);
    Answer created = MMG.post("/api/patients", body);
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  public static long propose(long patient, String services) {
    return propose(patient, "heart-failure", HF_FACTS, services);
  }

  /** Proposes the patient for a condition of the cardiology network, given its facts (JSON). */
  public static long propose(long patient, String condition, String facts, String services) {
    return propose(patient, "cardiology", condition, facts, services);
  }

  /** Proposes the patient for a condition of {@code network}, given its facts (JSON). */
  public static long propose(
      long patient, String network, String condition, String facts, String services) {
    Answer a =
        MMG.post(
            "/api/enrolments?patient=" + patient,
            """
            {"networkId": "%s", "conditionId": "%s", "services": %s,
             "origin": "HOME", "facts": %s}"""
                .formatted(network, condition, services, facts));
    assertEquals(201, a.status(), a.body());
    assertEquals("ELIGIBLE", a.object().getString("eligibilityDecision"));
    return a.object().getJsonNumber("id").longValue();
  }

  public static void assessSuitable(long enrolment, String service) {
    Answer a =
        MMG.post(
            "/api/enrolments/" + enrolment + "/suitability",
            """
            {"service": "%s", "clinical": true, "appropriate": true, "safe": true,
             "technology": true, "digitalSkills": "WITH_CAREGIVER", "socialContext": true,
             "homeSuitable": true, "reevaluateOn": "%s"}"""
                .formatted(service, LocalDate.now().plusMonths(6)));
    assertEquals(200, a.status(), a.body());
    // the suitability relies on a caregiver: tele-monitoring starts only with a trained one
    long patient =
        MMG.get("/api/enrolments/" + enrolment)
            .object()
            .getJsonObject("enrolment")
            .getJsonNumber("patientId")
            .longValue();
    if (MMG.get("/api/patients/" + patient + "/caregivers").array().isEmpty()) {
      trainedCaregiver(patient);
    }
  }

  /** A caregiver of the patient trained on the devices today (seed 003 §2.1.1). */
  public static void trainedCaregiver(long patient) {
    Answer a =
        MMG.post(
            "/api/patients/" + patient + "/caregivers",
            """
            {"fullName": "Anna Colombo", "relationship": "figlia", "trainedOn": "%s"}"""
                .formatted(LocalDate.now()));
    assertEquals(201, a.status(), a.body());
  }

  public static long consent(long enrolment, String kind) {
    Answer a =
        MMG.post(
            "/api/enrolments/" + enrolment + "/consents",
            """
            {"kind": "%s", "method": "DIGITAL", "language": "it"}"""
                .formatted(kind));
    assertEquals(201, a.status(), a.body());
    return a.object().getJsonNumber("id").longValue();
  }

  private static final String ALARM_PROTOCOL =
      """
      [{"level": "ATTENTION", "recipient": "niguarda.mmg", "from": "08:00:00", "to": "20:00:00",
        "acknowledgeWithinMinutes": 240, "fallback": "centre:ADI"},
       {"level": "ALARM", "recipient": "niguarda.cardiologo", "from": "08:00:00",
        "to": "20:00:00", "acknowledgeWithinMinutes": 60, "fallback": "centre:COT"},
       {"level": "CRITICAL", "recipient": "centre:COT", "from": "00:00:00", "to": "00:00:00",
        "acknowledgeWithinMinutes": 15, "fallback": "niguarda.cardiologo"}]""";

  public static String plan(String services, String thresholds, String extra) {
    return plan(services, TEAM, thresholds, ALARM_PROTOCOL, extra);
  }

  public static String plan(
      String services, String team, String thresholds, String alarmProtocol, String extra) {
    return """
        {"objectives": "Stabilità del peso e dei sintomi", "timings": "misure ogni mattina",
         "services": %s, "reviewDate": "%s", "team": %s, "thresholds": %s,
         "alarmProtocol": %s%s}"""
        .formatted(services, LocalDate.now().plusMonths(3), team, thresholds, alarmProtocol, extra);
  }

  public static long approvedPlan(long enrolment, String kind, String services, String extra) {
    return approvedPlan(enrolment, kind, plan(services, "[]", extra));
  }

  /** Drafts, writes ({@code planJson}) and approves a plan of the enrolment; its id. */
  public static long approvedPlan(long enrolment, String kind, String planJson) {
    Answer draft =
        MMG.post("/api/plans", "{\"enrolmentId\": " + enrolment + ", \"kind\": \"" + kind + "\"}");
    assertEquals(201, draft.status(), draft.body());
    long id = draft.object().getJsonNumber("id").longValue();
    Answer written = MMG.put("/api/plans/" + id, planJson);
    assertEquals(200, written.status(), written.body());
    Answer approved = MMG.post("/api/plans/" + id + "/approval", "{}");
    assertEquals(200, approved.status(), approved.body());
    return id;
  }

  /**
   * A heart-failure patient under level-1 tele-monitoring whose plan (MMG, cardiologist and nurse
   * in the team) has {@code thresholds} and {@code alarmProtocol} (JSON arrays); the enrolment id
   * is the patient's first.
   */
  public static MonitoredPatient monitoredPatient(String thresholds, String alarmProtocol) {
    return monitoredPatient(
        "heart-failure", HF_FACTS, "TELEMONITORING_LEVEL_1", thresholds, alarmProtocol);
  }

  /**
   * A patient of the cardiology network's {@code condition} under tele-monitoring {@code service}.
   */
  public static MonitoredPatient monitoredPatient(
      String condition, String facts, String service, String thresholds, String alarmProtocol) {
    return monitoredPatient("cardiology", condition, facts, service, thresholds, alarmProtocol, "");
  }

  /** A patient of {@code network}'s {@code condition} under tele-monitoring {@code service}. */
  public static MonitoredPatient monitoredPatientOf(
      String network, String condition, String facts, String service) {
    return monitoredPatient(network, condition, facts, service, "[]", ALARMS_TO_THE_NURSE, "");
  }

  /**
   * A heart-failure patient of the cardiology network under tele-control from {@code from} to
   * {@code to}, alarms to the Niguarda nurse.
   */
  public static MonitoredPatient teleControlPatient(LocalDate from, LocalDate to) {
    return monitoredPatient(
        "cardiology",
        "heart-failure",
        HF_FACTS,
        "TELECONTROL",
        "[]",
        ALARMS_TO_THE_NURSE,
        teleControlPeriod(from, to));
  }

  /** The plan's fields that state a tele-control's period. */
  public static String teleControlPeriod(LocalDate from, LocalDate to) {
    return ", \"cycleStart\": \"%s\", \"cycleEnd\": \"%s\"".formatted(from, to);
  }

  private static MonitoredPatient monitoredPatient(
      String network,
      String condition,
      String facts,
      String service,
      String thresholds,
      String alarmProtocol,
      String extra) {
    String services = "[\"" + service + "\"]";
    long patient = registerPatient();
    long enrolment = propose(patient, network, condition, facts, services);
    assessSuitable(enrolment, service);
    consent(enrolment, "CARE_PATHWAY");
    consent(enrolment, "TELEMEDICINE");
    long plan =
        approvedPlan(
            enrolment, "PAI", plan(services, TEAM_WITH_NURSE, thresholds, alarmProtocol, extra));
    Answer active = MMG.post("/api/enrolments/" + enrolment + "/activation", "{}");
    assertEquals(200, active.status(), active.body());
    return new MonitoredPatient(patient, enrolment, plan);
  }

  /** A patient under tele-monitoring, their enrolment and approved plan. */
  public record MonitoredPatient(long id, long enrolment, long plan) {}

  /** A patient whose enrolment is active for {@code services} (a JSON array of service names). */
  public static long activePatient(String services) {
    return activePatient(registerPatient(), services);
  }

  /** Takes {@code patient} in charge until their enrolment is active for {@code services}. */
  public static long activePatient(long patient, String services) {
    long enrolment = propose(patient, services);
    for (String service : services.replaceAll("[\\[\\]\" ]", "").split(",")) {
      assessSuitable(enrolment, service);
    }
    consent(enrolment, "CARE_PATHWAY");
    consent(enrolment, "TELEMEDICINE");
    approvedPlan(enrolment, "PAI", services, "");
    Answer active = MMG.post("/api/enrolments/" + enrolment + "/activation", "{}");
    assertEquals(200, active.status(), active.body());
    return patient;
  }

  /**
   * A new physician of ASST Niguarda with {@code specialty} (MMG, PLS, SPECIALIST), in nobody's
   * care yet; a client logged in as them.
   */
  public static IrtClient newPhysician(String specialty) {
    return newPhysician(
        "niguarda.phys" + ThreadLocalRandom.current().nextInt(1_000_000), specialty);
  }

  /** A new physician of Niguarda named {@code username}, "Medico {@code username}". */
  public static IrtClient newPhysician(String username, String specialty) {
    Answer created =
        demo("niguarda.admin")
            .post(
                "/api/users",
                """
                {"username": "%s", "fullName": "Medico %s", "email": "%s@example.org",
                 "password": "Medico.IRT.2026!", "roles": ["PHYSICIAN"], "specialty": "%s"}"""
                    .formatted(username, username, username, specialty));
    assertEquals(201, created.status(), created.body());
    return IrtClient.basic(username, "Medico.IRT.2026!");
  }

  /** An in-person diagnosis recorded on the patient by the MMG; its id. */
  public static long diagnosis(long patient) {
    Answer a =
        MMG.post(
            "/api/patients/" + patient + "/diagnoses",
            """
            {"condition": "Scompenso cardiaco cronico", "icd9cmCode": "428.0",
             "diagnosedOn": "%s", "diagnosedBy": "Dr. Verdi, ambulatorio scompenso"}"""
                .formatted(LocalDate.now().minusMonths(2)));
    assertEquals(201, a.status(), a.body());
    return a.object().getJsonNumber("id").longValue();
  }

  /** A patient active for tele-rehabilitation: UVM held, PAI and PRI (24 sessions) approved. */
  public static long rehabPatient() {
    return rehabPatientWithEnrolment().id();
  }

  /** A patient active for tele-rehabilitation (UVM in presence, PAI and PRI), their enrolment. */
  public static RehabPatient rehabPatientWithEnrolment() {
    RehabPatient rehab = rehabAfterUvm("IN_PRESENCE");
    approvedPlan(rehab.enrolment(), "PRI", PRI);
    Answer active = MMG.post("/api/enrolments/" + rehab.enrolment() + "/activation", "{}");
    assertEquals(200, active.status(), active.body());
    return rehab;
  }

  /** A PRI of 24 sessions, 3 a week, from today for 9 weeks. */
  public static final String PRI =
      plan(
          "[\"TELEREHABILITATION\"]",
          "[]",
          ", \"sessionsPlanned\": 24, \"sessionsPerWeek\": 3, \"cycleStart\": \"%s\", \"cycleEnd\": \"%s\""
              .formatted(LocalDate.now(), LocalDate.now().plusWeeks(9)));

  /**
   * A patient proposed for tele-rehabilitation, assessed, consenting, whose UVM was held in {@code
   * mode} (IN_PRESENCE, MIXED, REMOTE) and whose PAI is approved: the PRI is still to come.
   */
  public static RehabPatient rehabAfterUvm(String mode) {
    RehabPatient rehab = rehabEnrolmentAfterUvm(mode);
    approvedPlan(rehab.enrolment(), "PAI", "[\"TELEREHABILITATION\"]", "");
    return rehab;
  }

  /**
   * A patient proposed for tele-rehabilitation, assessed, consenting, whose UVM was held in {@code
   * mode}: no plan yet.
   */
  public static RehabPatient rehabEnrolmentAfterUvm(String mode) {
    long patient = registerPatient();
    long enrolment = propose(patient, "[\"TELEREHABILITATION\"]");
    assessSuitable(enrolment, "TELEREHABILITATION");
    consent(enrolment, "CARE_PATHWAY");
    consent(enrolment, "TELEMEDICINE");
    Answer uvm =
        MMG.post(
            "/api/enrolments/" + enrolment + "/uvm",
            """
            {"heldOn": "%s", "mode": "%s", "outcome": "Idoneo a teleriabilitazione cardiologica",
             "participants": [{"name": "Dr. Rossi", "role": "MMG", "remote": false}]}"""
                .formatted(LocalDate.now(), mode));
    assertEquals(201, uvm.status(), uvm.body());
    return new RehabPatient(patient, enrolment);
  }

  /** A patient taken in charge for tele-rehabilitation and their enrolment. */
  public record RehabPatient(long id, long enrolment) {}

  /**
   * A new televisit agenda of {@code owner}, open to physicians, with {@code count} slots of 20
   * minutes on a random future day (so repeated runs on one database never overlap); their ids.
   */
  public static List<Long> televisitSlots(IrtClient owner, int count) {
    return televisitSlots(
        owner,
        LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(3000)).atTime(9, 0),
        count);
  }

  /**
   * A new televisit agenda of {@code owner}, open to physicians, with {@code count} slots of 20
   * minutes from {@code start} (Italian time); their ids.
   */
  public static List<Long> televisitSlots(IrtClient owner, LocalDateTime start, int count) {
    return televisitAgenda(owner, start, count).slots();
  }

  /** An agenda and its slots' ids. */
  public record AgendaSlots(long agenda, List<Long> slots) {}

  /**
   * A new televisit agenda of {@code owner}, open to physicians, with {@code count} slots of 20
   * minutes from {@code start} (Italian time).
   */
  public static AgendaSlots televisitAgenda(IrtClient owner, LocalDateTime start, int count) {
    Answer agenda =
        owner.post(
            "/api/agendas",
            """
            {"service": "TELEVISIT", "title": "Televisite", "openToRoles": ["PHYSICIAN"]}""");
    assertEquals(201, agenda.status(), agenda.body());
    long id = agenda.object().getJsonNumber("id").longValue();
    Answer slots =
        owner.post(
            "/api/agendas/" + id + "/slots",
            """
            {"start": "%s", "count": %d, "minutes": 20, "modality": "VIDEO"}"""
                .formatted(start, count));
    assertEquals(201, slots.status(), slots.body());
    return new AgendaSlots(
        id,
        slots.array().getValuesAs(JsonObject.class).stream()
            .map(s -> s.getJsonNumber("id").longValue())
            .toList());
  }

  /** A televisit of niguarda.cardiologo booked by the MMG for the patient; the encounter's id. */
  public static long bookedTelevisit(long patient) {
    return bookTelevisitIn(patient, televisitSlots(demo("niguarda.cardiologo"), 1).get(0));
  }

  /**
   * A televisit of niguarda.cardiologo booked by the MMG for the patient in a slot starting in
   * {@code minutes} (its video room is open to the patient from 15 minutes before); its id.
   */
  public static long televisitStartingIn(long patient, int minutes) {
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Rome"))
            .plusMinutes(minutes)
            .truncatedTo(ChronoUnit.MINUTES);
    return bookTelevisitIn(patient, televisitSlots(demo("niguarda.cardiologo"), start, 1).get(0));
  }

  /**
   * A referto of a televisit with niguarda.cardiologo, written and signed by them for a new patient
   * enrolled for televisits: the document's id (its FSE submission waits in the outbox).
   */
  public static long signedReferto() {
    return signReferto(bookedTelevisit(activePatient("[\"TELEVISIT\"]")));
  }

  /** The referto of a televisit led by niguarda.cardiologo, written and signed by them; its id. */
  public static long signReferto(long encounter) {
    IrtClient cardiologist = demo("niguarda.cardiologo");
    Answer draft = cardiologist.post("/api/encounters/" + encounter + "/outcome", "{}");
    assertEquals(200, draft.status(), draft.body());
    long document = draft.object().getJsonNumber("id").longValue();
    Answer written =
        cardiologist.put(
            "/api/encounters/outcomes/" + document,
            """
            {"fields": {"FINDINGS": "Nulla di nuovo", "CONCLUSIONS": "Stabile"}}""");
    assertEquals(200, written.status(), written.body());
    Answer signed = cardiologist.post("/api/encounters/outcomes/" + document + "/sign-off", "{}");
    assertEquals(200, signed.status(), signed.body());
    return document;
  }

  /**
   * A new teleconsultancy agenda of {@code owner}, open to physicians, with one slot of 30 minutes
   * at {@code start} (Italian time); the slot's id.
   */
  public static long teleconsultancySlot(IrtClient owner, LocalDateTime start) {
    Answer agenda =
        owner.post(
            "/api/agendas",
            """
            {"service": "HEALTH_TELECONSULTANCY", "title": "Teleconsulenze",
             "openToRoles": ["PHYSICIAN"]}""");
    assertEquals(201, agenda.status(), agenda.body());
    Answer slots =
        owner.post(
            "/api/agendas/" + agenda.object().getJsonNumber("id").longValue() + "/slots",
            """
            {"start": "%s", "count": 1, "minutes": 30, "modality": "VIDEO"}"""
                .formatted(start));
    assertEquals(201, slots.status(), slots.body());
    return slots.array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A televisit booked by the MMG for the patient in {@code slot}; its id. */
  public static long bookTelevisitIn(long patient, long slot) {
    Answer booked =
        MMG.post(
            "/api/agendas/slots/" + slot + "/booking",
            "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis(patient)));
    assertEquals(201, booked.status(), booked.body());
    return booked.object().getJsonNumber("id").longValue();
  }
}

package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.SPO2;
import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.FhirSearches.ids;
import static it.lombardia.irt.testing.FhirSearches.q;
import static it.lombardia.irt.testing.FhirSearches.searchset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.FhirSearches;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FHIR search as R4 describes it: stateless pages that honour {@code _count} with {@code next}
 * links, {@code _sort} by date, token systems, every date prefix, a 400 with an OperationOutcome
 * for what IRT does not implement, and page links that reach nothing the first page would not.
 */
@ExtendWith(ArquillianExtension.class)
class FhirSearchIT {

  private static final String BASE = "/fhir/" + Fhir.NIGUARDA;
  private static final IrtClient PHYSICIAN = IrtClient.demo("niguarda.mmg");
  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");

  /** Yesterday at 8:00, Italian time: the readings below are on one Italian day. */
  private static final Instant MORNING =
      LocalDate.now(ZoneId.of("Europe/Rome"))
          .minusDays(1)
          .atTime(8, 0)
          .atZone(ZoneId.of("Europe/Rome"))
          .toInstant();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  /** Weights of {@code patient} at the given times; their ids in that order. */
  private static List<String> weights(long patient, Instant... times) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      ids.add(
          Fhir.niguardaGateway()
              .create()
              .resource(vital(patient, WEIGHT, 70 + i / 10.0, "kg", times[i]))
              .execute()
              .getId()
              .getIdPart());
    }
    return ids;
  }

  private static Instant hours(int h) {
    return MORNING.plus(h, ChronoUnit.HOURS);
  }

  /** The ids of the Observations {@code query} finds for {@code patient}, as the physician. */
  private static List<String> observations(long patient, String query) {
    return ids(
        searchset(PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient + "&" + query));
  }

  /** The path of the bundle's {@code next} link (absolute in the bundle), or null. */
  private static String next(Bundle bundle) {
    Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
    return next == null ? null : next.getUrl().substring(IrtClient.BASE.length());
  }

  /** A 400 with an error OperationOutcome. */
  private static void refused(IrtClient who, String path) {
    Answer answer = who.get(path);
    assertEquals(400, answer.status(), path + ": " + answer.body());
    assertTrue(answer.header("Content-Type").startsWith("application/fhir+json"), path);
    OperationOutcome outcome =
        Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    assertEquals(IssueSeverity.ERROR, outcome.getIssueFirstRep().getSeverity(), path);
  }

  @Test
  void threePagesOfTwoHoldEveryReadingOnceAndTheLastHasNoNext() {
    long patient = patient();
    List<String> stored =
        weights(patient, hours(5), hours(1), hours(3), hours(0), hours(4), hours(2));
    List<String> oldestFirst =
        List.of(
            stored.get(3),
            stored.get(1),
            stored.get(5),
            stored.get(2),
            stored.get(4),
            stored.get(0));

    List<String> seen = new ArrayList<>();
    String path = BASE + "/Observation?patient=Patient/" + patient + "&_count=2";
    for (int page = 1; page <= 3; page++) {
      Bundle bundle = searchset(PHYSICIAN, path);
      assertEquals(2, bundle.getEntry().size(), "page " + page);
      assertEquals(6, bundle.getTotal());
      seen.addAll(ids(bundle));
      path = next(bundle);
      if (page < 3) {
        assertTrue(path.contains("_count=2") && path.contains("_offset=" + 2 * page), path);
      }
    }
    assertNull(path, "the last page has no next link");
    assertEquals(oldestFirst, seen, "every reading once, oldest first");
  }

  @Test
  void sortsByDateBothWaysAcrossPages() {
    long patient = patient();
    List<String> stored = weights(patient, hours(2), hours(0), hours(1));
    List<String> oldestFirst = List.of(stored.get(1), stored.get(2), stored.get(0));
    assertEquals(oldestFirst, observations(patient, "_sort=date"));
    List<String> newestFirst = new ArrayList<>(oldestFirst);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, observations(patient, "_sort=-date"));

    Bundle first =
        searchset(
            PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient + "&_sort=-date&_count=2");
    List<String> paged = new ArrayList<>(ids(first));
    String next = next(first);
    assertTrue(next.contains("_sort=-date"), next);
    paged.addAll(ids(searchset(PHYSICIAN, next)));
    assertEquals(newestFirst, paged);
  }

  @Test
  void aTokenMatchesOnlyInItsOwnSystem() {
    long patient = patient();
    String weight = weights(patient, hours(0)).get(0);
    Fhir.niguardaGateway().create().resource(vital(patient, SPO2, 96, "%", hours(1))).execute();

    assertEquals(List.of(weight), observations(patient, "code=" + q("http://loinc.org|" + WEIGHT)));
    assertEquals(List.of(weight), observations(patient, "code=" + WEIGHT));
    assertEquals(List.of(), observations(patient, "code=" + q("http://other.org|" + WEIGHT)));
    assertEquals(List.of(), observations(patient, "code=" + q("|" + WEIGHT)), "|code: no system");
    assertEquals(
        2, observations(patient, "code=" + q(WEIGHT + ",http://loinc.org|" + SPO2)).size());

    String cf =
        Fhir.niguardaGateway()
            .read()
            .resource(org.hl7.fhir.r4.model.Patient.class)
            .withId(String.valueOf(patient))
            .execute()
            .getIdentifierFirstRep()
            .getValue();
    String patients = BASE + "/Patient?identifier=";
    assertEquals(
        List.of(String.valueOf(patient)),
        ids(searchset(GATEWAY, patients + q("http://hl7.it/sid/codiceFiscale|" + cf))));
    assertEquals(List.of(String.valueOf(patient)), ids(searchset(GATEWAY, patients + cf)));
    assertEquals(List.of(), ids(searchset(GATEWAY, patients + q("http://other.org|" + cf))));
    assertEquals(List.of(), ids(searchset(GATEWAY, patients + q("|" + cf))));

    String serial = "SC-" + UUID.randomUUID();
    String id = FhirSearches.newScale(serial);
    String devices = BASE + "/Device?identifier=";
    assertEquals(
        List.of(id), ids(searchset(GATEWAY, devices + q("urn:irt:device-serial|" + serial))));
    assertEquals(List.of(id), ids(searchset(GATEWAY, devices + serial)));
    assertEquals(List.of(), ids(searchset(GATEWAY, devices + q("http://other.org|" + serial))));
  }

  @Test
  void eachDatePrefixSelectsItsReadings() {
    long patient = patient();
    List<String> r = weights(patient, hours(0), hours(1), hours(2));
    String t = hours(1).toString(); // e.g. 2026-12-04T08:00:00Z, second precision
    Map<String, List<String>> expected =
        Map.of(
            "eq", List.of(r.get(1)),
            "ne", List.of(r.get(0), r.get(2)),
            "lt", List.of(r.get(0)),
            "le", List.of(r.get(0), r.get(1)),
            "gt", List.of(r.get(2)),
            "ge", List.of(r.get(1), r.get(2)),
            "sa", List.of(r.get(2)),
            "eb", List.of(r.get(0)));
    expected.forEach(
        (prefix, ids) -> assertEquals(ids, observations(patient, "date=" + prefix + t), prefix));
    assertEquals(List.of(r.get(1)), observations(patient, "date=" + t), "no prefix is eq");
    String day = LocalDate.ofInstant(MORNING, ZoneId.of("Europe/Rome")).toString();
    assertEquals(r, observations(patient, "date=" + day), "a day, in Italian time");
    assertEquals(List.of(), observations(patient, "date=gt" + day));
    assertEquals(
        List.of(r.get(0), r.get(1)),
        observations(patient, "date=ge" + hours(0) + "&date=lt" + hours(2)),
        "every date parameter holds");
    assertEquals(
        List.of(r.get(0), r.get(2)),
        observations(patient, "date=" + q("eq" + hours(0) + ",eq" + hours(2))),
        "any of a parameter's values");
    refused(PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient + "&date=ap" + t);
  }

  @Test
  void whatIrtDoesNotImplementIsRefusedNotIgnored() {
    long patient = patient();
    String observations = BASE + "/Observation?patient=Patient/" + patient;
    for (String query :
        List.of(
            "_count=abc",
            "_count=0",
            "_count=-1",
            "_count=2&_count=3",
            "_offset=x",
            "_offset=-2",
            "_sort=value",
            "_sort=code",
            "_sort=date,-date",
            "_lastUpdated=gt2020-01-01",
            "_include=Observation:patient",
            "_revinclude=Provenance:target",
            "code:text=weight",
            "date=2026-12-04T10:00",
            "date=banana")) {
      refused(PHYSICIAN, observations + "&" + query);
    }
    refused(PHYSICIAN, BASE + "/Observation?patient.identifier=" + q("x|y"));
    refused(PHYSICIAN, BASE + "/QuestionnaireResponse?patient=Patient/" + patient + "&_sort=-date");
    refused(GATEWAY, BASE + "/Device?_count=many");
  }

  @Test
  void aCountOverTheMaximumIsCutToIt() {
    long patient = patient();
    Bundle batch = new Bundle().setType(BundleType.BATCH);
    for (int i = 0; i < 101; i++) {
      batch
          .addEntry()
          .setResource(vital(patient, WEIGHT, 70, "kg", hours(0).plusSeconds(60L * i)))
          .getRequest()
          .setMethod(HTTPVerb.POST)
          .setUrl("Observation");
    }
    Fhir.niguardaGateway().transaction().withBundle(batch).execute();
    Bundle page =
        searchset(PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient + "&_count=500");
    assertEquals(100, page.getEntry().size(), "irt.fhir.page-size.max");
    assertEquals(101, page.getTotal());
    assertTrue(next(page).contains("_count=100&_offset=100"), next(page));
    assertEquals(
        20,
        searchset(PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient).getEntry().size(),
        "irt.fhir.page-size.default");
  }

  @Test
  void aPageLinkReachesNothingTheFirstPageWouldNot() {
    long patient = patient();
    weights(patient, hours(0), hours(1), hours(2));
    Bundle first =
        searchset(PHYSICIAN, BASE + "/Observation?patient=Patient/" + patient + "&_count=2");
    String next = next(first);
    assertEquals(1, searchset(PHYSICIAN, next).getEntry().size());

    assertEquals(403, IrtClient.demo("niguarda.pls").get(next).status(), "not in the care");
    assertEquals(401, IrtClient.anonymous().get(next).status());
    assertEquals(403, IrtClient.demo("bergamo.mmg").get(next).status(), "another ASST's base");
    String onBergamo = next.replace(Fhir.NIGUARDA, Fhir.BERGAMO);
    assertTrue(onBergamo.startsWith("/fhir/" + Fhir.BERGAMO + "/Observation?"), onBergamo);
    Answer elsewhere = IrtClient.demo("bergamo.mmg").get(onBergamo);
    assertEquals(404, elsewhere.status(), elsewhere.body());
    assertTrue(
        elsewhere.body().contains("\"resourceType\":\"OperationOutcome\""), elsewhere.body());
  }
}

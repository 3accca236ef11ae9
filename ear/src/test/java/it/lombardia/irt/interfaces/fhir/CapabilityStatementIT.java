package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.FhirSearches.ids;
import static it.lombardia.irt.testing.FhirSearches.q;
import static it.lombardia.irt.testing.FhirSearches.searchset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.FhirSearches;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CapabilityStatement lists exactly what works: every interaction and search parameter it
 * declares is exercised here from a table keyed by the declaration — a declaration without a row
 * fails, a row whose behaviour is missing fails, and a row the statement does not declare fails.
 */
@ExtendWith(ArquillianExtension.class)
class CapabilityStatementIT {

  private static final String BASE = "/fhir/" + Fhir.NIGUARDA;
  private static final IrtClient PHYSICIAN = IrtClient.demo("niguarda.mmg");
  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");
  private static final String CF = "http://hl7.it/sid/codiceFiscale";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static CapabilityStatement metadata(String tenant) {
    Answer answer = IrtClient.anonymous().get("/fhir/" + tenant + "/metadata");
    assertEquals(200, answer.status(), answer.body());
    return Fhir.R4.newJsonParser().parseResource(CapabilityStatement.class, answer.body());
  }

  /** The ids of what {@code who} finds with {@code type?query}. */
  private static List<String> found(IrtClient who, String type, String query) {
    return ids(searchset(who, BASE + "/" + type + "?" + query));
  }

  /** {@code match} finds {@code id}, {@code noMatch} does not: the parameter is applied. */
  private static Runnable applies(
      IrtClient who, String type, String match, String noMatch, String id) {
    return () -> {
      assertTrue(found(who, type, match).contains(id), type + "?" + match + " finds " + id);
      assertFalse(found(who, type, noMatch).contains(id), type + "?" + noMatch + " skips " + id);
    };
  }

  private static Runnable reads(IrtClient who, String type, String id) {
    return () -> {
      Answer read = who.get(BASE + "/" + type + "/" + id);
      assertEquals(200, read.status(), read.body());
      assertEquals(
          id,
          ((Resource) Fhir.R4.newJsonParser().parseResource(read.body()))
              .getIdElement()
              .getIdPart());
    };
  }

  private static Runnable creates(Resource resource) {
    return () -> {
      MethodOutcome created = Fhir.niguardaGateway().create().resource(resource).execute();
      assertEquals(Boolean.TRUE, created.getCreated());
    };
  }

  /** A bundle of {@code type} with one new weight reading, answered entry by entry. */
  private static Runnable posts(BundleType type, long patient) {
    return () -> {
      Bundle bundle = new Bundle().setType(type);
      bundle
          .addEntry()
          .setResource(vital(patient, WEIGHT, 71, "kg", Instant.now().minusSeconds(30)))
          .getRequest()
          .setMethod(HTTPVerb.POST)
          .setUrl("Observation");
      Bundle answer = Fhir.niguardaGateway().transaction().withBundle(bundle).execute();
      assertEquals(
          type == BundleType.BATCH ? BundleType.BATCHRESPONSE : BundleType.TRANSACTIONRESPONSE,
          answer.getType());
      assertEquals("201 Created", answer.getEntryFirstRep().getResponse().getStatus());
    };
  }

  @Test
  void everyDeclaredInteractionAndSearchParameterWorks() {
    CarePathways.MonitoredPatient monitored =
        CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE);
    long patient = monitored.id();
    long other = CarePathways.registerPatient();
    String p = "patient=Patient/" + patient;
    String otherP = "patient=Patient/" + other;
    Instant at = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
    String weight =
        Fhir.niguardaGateway()
            .create()
            .resource(vital(patient, WEIGHT, 70, "kg", at))
            .execute()
            .getId()
            .getIdPart();
    String response =
        Fhir.niguardaGateway()
            .create()
            .resource(Fhir.hfChecklist(patient))
            .execute()
            .getId()
            .getIdPart();
    String plan = String.valueOf(monitored.plan());
    String serial = "SC-" + UUID.randomUUID();
    String device = FhirSearches.newScale(serial);
    String cf = cf(patient);
    String self = String.valueOf(patient);

    Map<String, Runnable> checks = new LinkedHashMap<>();
    checks.put("transaction", posts(BundleType.TRANSACTION, patient));
    checks.put("batch", posts(BundleType.BATCH, patient));
    checks.put("Observation.create", creates(vital(patient, WEIGHT, 70.5, "kg", Instant.now())));
    checks.put(
        "Observation.conditionalCreate",
        () -> {
          MethodOutcome again =
              Fhir.niguardaPhysician()
                  .create()
                  .resource(vital(patient, WEIGHT, 72, "kg", Instant.now()))
                  .conditionalByUrl(
                      "Observation?identifier=" + q(Fhir.IDENTIFIERS + "|" + UUID.randomUUID()))
                  .execute();
          assertEquals(Boolean.TRUE, again.getCreated());
        });
    checks.put("Observation.read", reads(PHYSICIAN, "Observation", weight));
    checks.put(
        "Observation.search-type",
        () -> assertTrue(found(PHYSICIAN, "Observation", p).contains(weight)));
    checks.put("Observation?patient", applies(PHYSICIAN, "Observation", p, otherP, weight));
    checks.put(
        "Observation?code",
        applies(
            PHYSICIAN,
            "Observation",
            p + "&code=" + q("http://loinc.org|" + WEIGHT),
            p + "&code=" + q("http://loinc.org|8867-4"),
            weight));
    checks.put(
        "Observation?date",
        applies(PHYSICIAN, "Observation", p + "&date=ge" + at, p + "&date=lt" + at, weight));
    String panel =
        Fhir.niguardaGateway()
            .create()
            .resource(VitalSignsExamplesIT.example("blood-pressure", patient))
            .execute()
            .getId()
            .getIdPart();
    checks.put(
        "Observation?component-code",
        applies(
            PHYSICIAN,
            "Observation",
            p + "&component-code=" + q("http://loinc.org|8480-6"),
            p + "&component-code=" + q("http://loinc.org|85354-9"),
            panel));
    checks.put(
        "Observation?combo-code",
        applies(
            PHYSICIAN,
            "Observation",
            p + "&combo-code=8462-4",
            p + "&combo-code=" + WEIGHT,
            panel));
    checks.put(
        "Observation.vread",
        () -> {
          Answer version = PHYSICIAN.get(BASE + "/Observation/" + weight + "/_history/1");
          assertEquals(200, version.status(), version.body());
        });
    checks.put(
        "Observation.history-instance",
        () -> {
          Answer history = PHYSICIAN.get(BASE + "/Observation/" + weight + "/_history");
          assertEquals(200, history.status(), history.body());
          assertEquals(
              1, Fhir.R4.newJsonParser().parseResource(Bundle.class, history.body()).getTotal());
        });
    checks.put("Patient.read", reads(GATEWAY, "Patient", self));
    checks.put(
        "Patient.search-type",
        () -> assertEquals(List.of(self), found(GATEWAY, "Patient", "identifier=" + cf)));
    checks.put(
        "Patient?identifier",
        applies(
            PHYSICIAN,
            "Patient",
            "identifier=" + q(CF + "|" + cf),
            "identifier=" + q(CF + "|" + cf(other)),
            self));
    checks.put("Device.read", reads(GATEWAY, "Device", device));
    checks.put(
        "Device.search-type",
        () -> {
          Answer all = GATEWAY.get(BASE + "/Device");
          assertEquals(200, all.status(), all.body());
          assertTrue(
              Fhir.R4.newJsonParser().parseResource(Bundle.class, all.body()).getTotal() > 0);
        });
    checks.put(
        "Device?identifier",
        applies(GATEWAY, "Device", "identifier=" + serial, "identifier=nope-" + serial, device));
    checks.put("CarePlan.read", reads(PHYSICIAN, "CarePlan", plan));
    checks.put(
        "CarePlan.search-type", () -> assertEquals(List.of(plan), found(PHYSICIAN, "CarePlan", p)));
    checks.put("CarePlan?patient", applies(PHYSICIAN, "CarePlan", p, otherP, plan));
    checks.put("QuestionnaireResponse.create", creates(Fhir.hfChecklist(patient, "fatigue")));
    checks.put(
        "QuestionnaireResponse.conditionalCreate",
        () -> {
          var answers = Fhir.hfChecklist(patient, "dizziness");
          MethodOutcome created =
              Fhir.niguardaGateway()
                  .create()
                  .resource(answers)
                  .conditionalByUrl(
                      "QuestionnaireResponse?identifier="
                          + q(Fhir.IDENTIFIERS + "|" + answers.getIdentifier().getValue()))
                  .execute();
          assertEquals(Boolean.TRUE, created.getCreated());
        });
    checks.put("QuestionnaireResponse.read", reads(PHYSICIAN, "QuestionnaireResponse", response));
    checks.put(
        "QuestionnaireResponse.search-type",
        () -> assertTrue(found(PHYSICIAN, "QuestionnaireResponse", p).contains(response)));
    checks.put(
        "QuestionnaireResponse?patient",
        applies(PHYSICIAN, "QuestionnaireResponse", p, otherP, response));

    CapabilityStatementRestComponent rest = metadata(Fhir.NIGUARDA).getRestFirstRep();
    List<String> declared = new ArrayList<>();
    rest.getInteraction().forEach(i -> declared.add(i.getCode().toCode()));
    assertTrue(rest.getSearchParam().isEmpty(), "no search parameter for all types");
    assertTrue(rest.getOperation().isEmpty(), "no operation");
    for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
      String type = resource.getType();
      resource.getInteraction().forEach(i -> declared.add(type + "." + i.getCode().toCode()));
      if (resource.getConditionalCreate()) {
        declared.add(type + ".conditionalCreate");
      }
      resource.getSearchParam().forEach(s -> declared.add(type + "?" + s.getName()));
      resource.getSearchInclude().forEach(s -> declared.add(type + " _include " + s.getValue()));
      resource
          .getSearchRevInclude()
          .forEach(s -> declared.add(type + " _revinclude " + s.getValue()));
      assertFalse(resource.getConditionalUpdate(), type);
    }
    assertEquals(
        new TreeSet<>(checks.keySet()),
        new TreeSet<>(declared),
        "the statement declares exactly what the table exercises");
    checks.forEach(
        (declaration, check) -> {
          try {
            check.run();
          } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(declaration + ": " + e.getMessage(), e);
          }
        });
  }

  /** The patient's codice fiscale, read by the physician in their care. */
  private static String cf(long patient) {
    return Fhir.niguardaPhysician()
        .read()
        .resource(org.hl7.fhir.r4.model.Patient.class)
        .withId(String.valueOf(patient))
        .execute()
        .getIdentifierFirstRep()
        .getValue();
  }

  @Test
  void eachTenantsStatementNamesItsOwnBaseAndHowIrtAuthenticates() {
    for (String tenant : List.of(Fhir.NIGUARDA, Fhir.BERGAMO, Fhir.NIGUARDA)) {
      CapabilityStatement statement = metadata(tenant);
      assertEquals(IrtClient.BASE + "/fhir/" + tenant, statement.getImplementation().getUrl());
      var security = statement.getRestFirstRep().getSecurity();
      assertFalse(security.getCors());
      Coding service = security.getServiceFirstRep().getCodingFirstRep();
      assertEquals("Basic", service.getCode());
      assertEquals(
          "http://terminology.hl7.org/CodeSystem/restful-security-service", service.getSystem());
      assertNotNull(security.getDescription());
      assertTrue(security.getDescription().contains("SMART on FHIR v2 system scopes"));
    }
  }
}

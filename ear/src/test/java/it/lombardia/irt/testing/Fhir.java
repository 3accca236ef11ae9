package it.lombardia.irt.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's generic FHIR client against IRT's FHIR API, and the observations and questionnaire
 * responses the tests send.
 */
public final class Fhir {

  public static final FhirContext R4 = FhirContext.forR4();
  public static final String NIGUARDA = "ASST-NIGUARDA";
  public static final String BERGAMO = "ASST-PAPA-GIOVANNI-XXIII";
  public static final String WEIGHT = "29463-7";
  public static final String SPO2 = "59408-5";
  public static final String HEART_RATE = "8867-4";
  public static final String IDENTIFIERS = "urn:irt:test-gateway";
  public static final String UCUM = "http://unitsofmeasure.org";

  /** How IRT names a plug-in questionnaire (the README documents it for app makers). */
  public static final String QUESTIONNAIRES =
      "https://irt.regione.lombardia.it/fhir/Questionnaire/";

  /** The cardiology plug-in's daily heart-failure symptom checklist and its items. */
  public static final String HF_CHECKLIST = "hf-daily-symptom-checklist";

  public static final List<String> HF_CHECKLIST_ITEMS =
      List.of("dyspnoea", "orthopnoea", "oedema", "fatigue", "dizziness", "palpitations");

  static {
    R4.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    // A deployment's first creates wait for the FHIR validator to load the R4 package (seconds,
    // more on a loaded machine): more than HAPI's default 10 s before giving up.
    R4.getRestfulClientFactory().setSocketTimeout(60_000);
  }

  private Fhir() {}

  /** A client of {@code tenant}'s base with HTTP Basic credentials. */
  public static IGenericClient client(String tenant, String user, String secret) {
    IGenericClient client = R4.newRestfulGenericClient(IrtClient.BASE + "/fhir/" + tenant);
    client.registerInterceptor(new BasicAuthInterceptor(user, secret));
    return client;
  }

  /** What {@code client} finds of {@code type} for a patient ({@code ?patient=Patient/{id}}). */
  public static <T extends Resource> List<T> ofPatient(
      IGenericClient client, Class<T> type, long patient) {
    Bundle page =
        client
            .search()
            .forResource(type)
            .where(new ReferenceClientParam("patient").hasId("Patient/" + patient))
            .returnBundle(Bundle.class)
            .execute();
    List<T> all = new ArrayList<>();
    while (true) {
      page.getEntry().forEach(e -> all.add(type.cast(e.getResource())));
      if (page.getLink(Bundle.LINK_NEXT) == null) {
        return all;
      }
      page = client.loadPage().next(page).execute();
    }
  }

  /**
   * The Observations {@code client} finds for a patient by a token search parameter ({@code code},
   * {@code component-code}, {@code combo-code}) with {@code code} (first page).
   */
  public static List<Observation> observationsCoded(
      IGenericClient client, long patient, String parameter, String code) {
    return client
        .search()
        .forResource(Observation.class)
        .where(new ReferenceClientParam("patient").hasId("Patient/" + patient))
        .and(new TokenClientParam(parameter).exactly().code(code))
        .returnBundle(Bundle.class)
        .execute()
        .getEntry()
        .stream()
        .map(e -> (Observation) e.getResource())
        .toList();
  }

  /** The diagnostics and locations of a refusal's OperationOutcome, for assertions and messages. */
  public static String diagnostics(BaseServerResponseException e) {
    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
    return outcome.getIssue().stream()
        .map(i -> i.getDiagnostics() + " @" + i.getExpression())
        .toList()
        .toString();
  }

  /** Niguarda's demo MMG, the requesting physician of the tests' patients: reads them back. */
  public static IGenericClient niguardaPhysician() {
    return client(NIGUARDA, "niguarda.mmg", IrtClient.DEMO_PASSWORD);
  }

  /** Bergamo's demo MMG on Bergamo's base: another ASST's person, for isolation checks. */
  public static IGenericClient bergamoPhysician() {
    return client(BERGAMO, "bergamo.mmg", IrtClient.DEMO_PASSWORD);
  }

  /** The Niguarda demo gateway. */
  public static IGenericClient niguardaGateway() {
    return client(NIGUARDA, "niguarda-gateway", "niguarda-gateway-demo-secret");
  }

  /** A vital-signs observation of {@code patient} with a fresh identifier. */
  public static Observation vital(
      long patient, String code, double value, String unit, Instant at) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addIdentifier().setSystem(IDENTIFIERS).setValue(UUID.randomUUID().toString());
    o.addCategory()
        .addCoding()
        .setSystem("http://terminology.hl7.org/CodeSystem/observation-category")
        .setCode("vital-signs");
    o.getCode().addCoding().setSystem("http://loinc.org").setCode(code);
    if (code.equals(SPO2)) {
      // The HL7 R4 oxygen-saturation profile requires its code beside the pulse-oximetry one.
      o.getCode().addCoding().setSystem("http://loinc.org").setCode("2708-6");
    }
    o.setSubject(new Reference("Patient/" + patient));
    o.setEffective(new DateTimeType(Date.from(at)));
    o.setValue(new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit));
    return o;
  }

  /**
   * The heart-failure checklist answered a minute ago with a fresh identifier: the {@code yes}
   * items "yes", the others "no" (the oedema item as a boolean, the others as codings).
   */
  public static QuestionnaireResponse hfChecklist(long patient, String... yes) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.getIdentifier().setSystem(IDENTIFIERS).setValue(UUID.randomUUID().toString());
    r.setQuestionnaire(QUESTIONNAIRES + HF_CHECKLIST);
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    r.setSubject(new Reference("Patient/" + patient));
    r.setAuthoredElement(new DateTimeType(Date.from(Instant.now().minusSeconds(60))));
    for (String item : HF_CHECKLIST_ITEMS) {
      boolean isYes = List.of(yes).contains(item);
      r.addItem()
          .setLinkId(item)
          .addAnswer()
          .setValue(
              item.equals("oedema")
                  ? new BooleanType(isYes)
                  : new Coding().setCode(isYes ? "yes" : "no"));
    }
    return r;
  }
}

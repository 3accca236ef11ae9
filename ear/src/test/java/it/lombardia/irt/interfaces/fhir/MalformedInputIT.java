package it.lombardia.irt.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed input, one row per variant — structure, JSON types, encodings, references, times,
 * units, values, identifiers and sizes, on single and conditional creates, bundles and
 * questionnaire responses: each answers its status with an OperationOutcome whose error issue names
 * the element or the reason, and stores nothing (the patient's observations and responses, counted
 * by their physician before and after).
 */
@ExtendWith(ArquillianExtension.class)
class MalformedInputIT {

  private static final String BASE = "/fhir/" + Fhir.NIGUARDA;
  private static final String JSON = "application/fhir+json";
  private static final String XML = "application/fhir+xml";
  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static long patient;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /** A heart-failure patient whose plan monitors weight, heart rate, blood pressure and SpO2. */
  private static synchronized long patient() {
    if (patient == 0) {
      patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    }
    return patient;
  }

  private static String at(Duration fromNow) {
    return OffsetDateTime.now(ZoneOffset.UTC)
        .plus(fromNow)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  /** A valid body weight of the patient, a minute ago, with a fresh identifier. */
  private static String weight() {
    return """
        {"resourceType": "Observation", "identifier": [{"system": "urn:irt:test-gateway", \
        "value": "%s"}], "status": "final", "category": [{"coding": [{"system": \
        "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}], \
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]}, \
        "subject": {"reference": "Patient/%d"}, "effectiveDateTime": "%s", \
        "valueQuantity": {"value": 72, "unit": "kg", "system": "http://unitsofmeasure.org", \
        "code": "kg"}}"""
        .formatted(UUID.randomUUID(), patient(), at(Duration.ofMinutes(-1)));
  }

  /** The valid body weight with each {@code from} replaced by the following {@code to}. */
  private static String weight(String... fromTo) {
    return replaced(weight(), fromTo);
  }

  private static String replaced(String body, String... fromTo) {
    for (int i = 0; i < fromTo.length; i += 2) {
      assertTrue(body.contains(fromTo[i]), "the table's variant needs '" + fromTo[i] + "'");
      body = body.replace(fromTo[i], fromTo[i + 1]);
    }
    return body;
  }

  /** The heart-failure checklist answered "no" a minute ago, with a fresh identifier. */
  private static String checklist(String... fromTo) {
    return checklistAuthored(at(Duration.ofMinutes(-1)), fromTo);
  }

  /** The heart-failure checklist answered "no" at {@code authored}, with a fresh identifier. */
  private static String checklistAuthored(String authored, String... fromTo) {
    StringBuilder items = new StringBuilder();
    for (String item : Fhir.HF_CHECKLIST_ITEMS) {
      items
          .append(items.isEmpty() ? "" : ", ")
          .append(
              item.equals("oedema")
                  ? "{\"linkId\": \"oedema\", \"answer\": [{\"valueBoolean\": false}]}"
                  : "{\"linkId\": \"%s\", \"answer\": [{\"valueCoding\": {\"code\": \"no\"}}]}"
                      .formatted(item));
    }
    String body =
        """
        {"resourceType": "QuestionnaireResponse", "identifier": {"system": \
        "urn:irt:test-gateway", "value": "%s"}, "questionnaire": "%s", "status": "completed", \
        "subject": {"reference": "Patient/%d"}, "authored": "%s", "item": [%s]}"""
            .formatted(
                UUID.randomUUID(),
                Fhir.QUESTIONNAIRES + Fhir.HF_CHECKLIST,
                patient(),
                authored,
                items);
    return replaced(body, fromTo);
  }

  private static String bundle(String type, String... resources) {
    List<String> entries = new ArrayList<>();
    for (String r : resources) {
      entries.add(
          "{\"resource\": "
              + r
              + ", \"request\": {\"method\": \"POST\", \"url\": \"Observation\"}}");
    }
    return "{\"resourceType\": \"Bundle\", \"type\": \"%s\", \"entry\": [%s]}"
        .formatted(type, String.join(", ", entries));
  }

  private static String xmlWeight(String namespace, String extra) {
    return """
        <Observation xmlns="%s"><status value="final"/>%s<category><coding>\
        <system value="http://terminology.hl7.org/CodeSystem/observation-category"/>\
        <code value="vital-signs"/></coding></category><code><coding>\
        <system value="http://loinc.org"/><code value="29463-7"/></coding></code>\
        <subject><reference value="Patient/%d"/></subject><effectiveDateTime value="%s"/>\
        <valueQuantity><value value="72"/><unit value="kg"/>\
        <system value="http://unitsofmeasure.org"/><code value="kg"/></valueQuantity></Observation>"""
        .formatted(namespace, extra, patient(), at(Duration.ofMinutes(-1)));
  }

  /**
   * One malformed request: where it goes, what it sends, the status it must get and a text (an
   * element or a reason) an error issue must contain.
   */
  private record Variant(
      String name,
      String path,
      String contentType,
      byte[] body,
      int status,
      String names,
      Map<String, String> headers) {

    Variant(String name, String path, String contentType, String body, int status, String names) {
      this(name, path, contentType, body.getBytes(StandardCharsets.UTF_8), status, names, Map.of());
    }
  }

  private static Variant observation(String name, String body, int status, String names) {
    return new Variant(name, "/Observation", JSON, body, status, names);
  }

  private static Variant response(String name, String body, int status, String names) {
    return new Variant(name, "/QuestionnaireResponse", JSON, body, status, names);
  }

  private static Variant bundled(String name, String body, int status, String names) {
    return new Variant(name, "", JSON, body, status, names);
  }

  private static byte[] bytes(String body, String charset) {
    return body.getBytes(java.nio.charset.Charset.forName(charset));
  }

  private static List<Variant> variants() {
    String other = String.valueOf(otherAsstsPatient());
    String badUtf8 = weight("\"unit\": \"kg\"", "\"unit\": \"k\u0001g\"");
    byte[] invalidUtf8 = badUtf8.getBytes(StandardCharsets.UTF_8);
    invalidUtf8[badUtf8.indexOf('\u0001')] = (byte) 0xC3; // a lead byte followed by 'g'
    byte[] huge = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    String reading = weight();
    return List.of(
        // structure
        observation("not JSON", "hello", 400, "invalid JSON"),
        observation("a JSON array", "[" + weight() + "]", 400, "JSON object"),
        observation("an empty body", "", 400, "JSON object"),
        observation("a truncated body", weight().substring(0, 100), 400, "invalid JSON"),
        observation("trailing content", weight() + "}", 400, "invalid JSON"),
        observation(
            "a comment",
            weight("{\"resourceType\"", "{/* x */ \"resourceType\""),
            400,
            "invalid JSON"),
        observation("single quotes", weight("\"value\": 72", "'value': 72"), 400, "invalid JSON"),
        observation(
            "another resource type", weight("\"Observation\"", "\"Patient\""), 400, "Patient"),
        observation(
            "an unknown resource type",
            weight("\"Observation\"", "\"Observatio\""),
            400,
            "Observatio"),
        observation(
            "no resourceType",
            weight("\"resourceType\": \"Observation\", ", ""),
            400,
            "resourceType"),
        observation("no status", weight("\"status\": \"final\", ", ""), 422, "Observation.status"),
        observation("an unknown status code", weight("\"final\"", "\"bogus\""), 400, "bogus"),
        observation(
            "a status IRT does not take",
            weight("\"final\"", "\"registered\""),
            422,
            "Observation.status"),
        observation("an empty status", weight("\"final\"", "\"\""), 400, "status"),
        observation(
            "an unknown element",
            weight("\"status\"", "\"colour\": \"blue\", \"status\""),
            400,
            "colour"),
        observation(
            "an unknown nested element",
            weight("\"unit\"", "\"colour\": \"blue\", \"unit\""),
            400,
            "colour"),
        observation(
            "a duplicated key",
            weight("\"status\": \"final\"", "\"status\": \"final\", \"status\": \"amended\""),
            400,
            "Observation.status"),
        observation(
            "a duplicated nested key",
            weight("\"value\": 72", "\"value\": 72, \"value\": 27"),
            400,
            "Observation.valueQuantity.value"),
        observation(
            "a single element as an array",
            weight("\"status\": \"final\"", "\"status\": [\"final\"]"),
            400,
            "Observation.status"),
        observation(
            "a repeating element as an object",
            weight(
                "\"category\": [{\"coding\"",
                "\"category\": {\"coding\"",
                "\"vital-signs\"}]}], \"code\"",
                "\"vital-signs\"}]}, \"code\""),
            400,
            "Observation.category"),
        observation(
            "null",
            weight("\"value\": 72", "\"value\": null"),
            400,
            "Observation.valueQuantity.value"),
        observation(
            "an empty object",
            weight(
                "\"subject\": {\"reference\": \"Patient/" + patient() + "\"}", "\"subject\": {}"),
            400,
            "Observation.subject"),
        observation(
            "an empty array",
            weight("\"status\"", "\"note\": [], \"status\""),
            400,
            "Observation.note"),
        // JSON types
        observation(
            "a number as a string",
            weight("\"value\": 72", "\"value\": \"72\""),
            400,
            "Observation.valueQuantity.value"),
        observation(
            "a boolean as a number",
            weight("\"value\": 72", "\"value\": true"),
            400,
            "Observation.valueQuantity.value"),
        observation(
            "a code as a number",
            weight("\"code\": \"kg\"", "\"code\": 1000"),
            400,
            "Observation.valueQuantity.code"),
        observation(
            "a primitive as an object",
            weight("\"status\": \"final\"", "\"status\": {\"value\": \"final\"}"),
            400,
            "Observation.status"),
        observation(
            "an unknown element among a primitive's extensions",
            weight(
                "\"status\": \"final\"",
                "\"status\": \"final\", \"_status\": {\"colour\": \"blue\"}"),
            400,
            "Observation._status.colour"),
        observation(
            "a leading plus", weight("\"value\": 72", "\"value\": +72"), 400, "invalid JSON"),
        observation("NaN", weight("\"value\": 72", "\"value\": NaN"), 400, "invalid JSON"),
        observation(
            "Infinity", weight("\"value\": 72", "\"value\": Infinity"), 400, "invalid JSON"),
        observation(
            "a number beyond double",
            weight("\"value\": 72", "\"value\": 1e400"),
            422,
            "Observation.valueQuantity"),
        // encodings
        new Variant("invalid UTF-8", "/Observation", JSON, invalidUtf8, 400, "UTF-8", Map.of()),
        new Variant(
            "Latin-1 bytes",
            "/Observation",
            JSON,
            bytes(weight("\"unit\": \"kg\"", "\"unit\": \"kgè\""), "ISO-8859-1"),
            400,
            "UTF-8",
            Map.of()),
        new Variant(
            "a byte order mark",
            "/Observation",
            JSON,
            ("\uFEFF" + weight()).getBytes(StandardCharsets.UTF_8),
            400,
            "byte order mark",
            Map.of()),
        new Variant(
            "another declared charset",
            "/Observation",
            JSON + "; charset=ISO-8859-1",
            bytes(weight(), "ISO-8859-1"),
            415,
            "UTF-8",
            Map.of()),
        new Variant(
            "UTF-16",
            "/Observation",
            JSON + "; charset=UTF-16",
            bytes(weight(), "UTF-16"),
            415,
            "UTF-8",
            Map.of()),
        new Variant(
            "XML in another namespace",
            "/Observation",
            XML,
            xmlWeight("http://example.org/not-fhir", ""),
            400,
            "namespace"),
        new Variant(
            "XML with an unknown element",
            "/Observation",
            XML,
            xmlWeight("http://hl7.org/fhir", "<colour value=\"blue\"/>"),
            400,
            "colour"),
        new Variant(
            "XML not well formed",
            "/Observation",
            XML,
            xmlWeight("http://hl7.org/fhir", "").replace("</Observation>", ""),
            400,
            "XML"),
        new Variant("plain text", "/Observation", "text/plain", weight(), 415, "text/plain"),
        new Variant("no content type", "/Observation", null, weight(), 415, "content type"),
        // references
        observation(
            "a subject on another server",
            weight(
                "\"Patient/" + patient(), "\"https://other.example.org/fhir/Patient/" + patient()),
            422,
            "Observation.subject"),
        observation(
            "another ASST's patient",
            weight("\"Patient/" + patient(), "\"Patient/" + other),
            422,
            "Observation.subject"),
        observation(
            "a non-numeric patient id",
            weight("\"Patient/" + patient(), "\"Patient/abc"),
            422,
            "Observation.subject"),
        observation(
            "a subject that is no patient",
            weight("\"Patient/" + patient(), "\"Practitioner/" + patient()),
            422,
            "Observation.subject"),
        observation(
            "no subject",
            weight("\"subject\": {\"reference\": \"Patient/" + patient() + "\"}, ", ""),
            422,
            "Observation.subject"),
        observation(
            "a device on another server",
            weight(
                "\"status\"",
                "\"device\": {\"reference\": \"https://other.example.org/fhir/Device/1\"}, \"status\""),
            422,
            "Observation.device"),
        observation(
            "a device never associated",
            weight("\"status\"", "\"device\": {\"reference\": \"Device/987654321\"}, \"status\""),
            422,
            "Observation.device"),
        // times
        observation(
            "a time before the patient's birth",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"1949-12-31T10:00:00+01:00\", \"issued\": \""),
            422,
            "birth"),
        observation(
            "a time far in the future",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"" + at(Duration.ofDays(1)) + "\", \"issued\": \""),
            422,
            "future"),
        observation(
            "a time beyond the clock tolerance",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"" + at(Duration.ofMinutes(10)) + "\", \"issued\": \""),
            422,
            "future"),
        observation(
            "a time without zone",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"2026-01-05T10:00:00\", \"issued\": \""),
            422,
            "Observation.effective"),
        observation(
            "a date only",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"2026-01-05\", \"issued\": \""),
            422,
            "Observation.effective"),
        observation(
            "a malformed time",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"yesterday\", \"issued\": \""),
            400,
            "yesterday"),
        observation(
            "an impossible date",
            weight(
                "\"effectiveDateTime\": \"",
                "\"effectiveDateTime\": \"2026-13-45T10:00:00+01:00\", \"issued\": \""),
            400,
            "2026-13-45"),
        observation(
            "no time", weight("\"effectiveDateTime\"", "\"issued\""), 422, "Observation.effective"),
        // units
        observation(
            "an unknown unit",
            weight("\"code\": \"kg\"", "\"code\": \"kilo\""),
            422,
            "Observation.valueQuantity"),
        observation(
            "an incommensurable unit",
            weight("\"code\": \"kg\"", "\"code\": \"mm[Hg]\""),
            422,
            "Observation.valueQuantity"),
        observation(
            "a unit outside UCUM",
            weight("http://unitsofmeasure.org", "urn:my-units"),
            422,
            "Observation.valueQuantity"),
        observation(
            "no unit code", weight(", \"code\": \"kg\"}", "}"), 422, "Observation.valueQuantity"),
        // values
        observation(
            "a negative weight", weight("\"value\": 72", "\"value\": -5"), 422, "not a plausible"),
        observation(
            "an implausible weight",
            weight("\"value\": 72", "\"value\": 400"),
            422,
            "not a plausible"),
        observation(
            "a weight of zero", weight("\"value\": 72", "\"value\": 0"), 422, "not a plausible"),
        observation(
            "a string value",
            weight(
                "\"valueQuantity\": {\"value\": 72, \"unit\": \"kg\","
                    + " \"system\": \"http://unitsofmeasure.org\", \"code\": \"kg\"}",
                "\"valueString\": \"72 kg\""),
            422,
            "Observation.value[x]"),
        observation(
            "no value",
            weight(
                ", \"valueQuantity\": {\"value\": 72, \"unit\": \"kg\","
                    + " \"system\": \"http://unitsofmeasure.org\", \"code\": \"kg\"}",
                ""),
            422,
            "Observation.value[x]"),
        observation(
            "a component without value",
            weight(
                "\"29463-7\"",
                "\"85354-9\"",
                ", \"valueQuantity\": {\"value\": 72, \"unit\": \"kg\", \"system\":"
                    + " \"http://unitsofmeasure.org\", \"code\": \"kg\"}",
                ", \"component\": [{\"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\":"
                    + " \"8480-6\"}]}, \"valueQuantity\": {\"value\": 120, \"unit\": \"mmHg\","
                    + " \"system\": \"http://unitsofmeasure.org\", \"code\": \"mm[Hg]\"}}, {\"code\":"
                    + " {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"8462-4\"}]}}]"),
            422,
            "Observation.component[1]"),
        observation(
            "a code not monitored",
            weight("\"29463-7\"", "\"2339-0\"", "\"kg\"", "\"mg/dL\""),
            422,
            "2339-0"),
        observation(
            "a code without LOINC",
            weight("http://loinc.org", "urn:my-codes"),
            422,
            "Observation.code"),
        observation(
            "a vital sign without its category",
            weight(
                "\"category\": [{\"coding\": [{"
                    + "\"system\": \"http://terminology.hl7.org/CodeSystem/observation-category\", \"code\":"
                    + " \"vital-signs\"}]}], ",
                ""),
            422,
            "Observation.category"),
        // identifiers
        observation(
            "an identifier without system",
            weight("\"system\": \"urn:irt:test-gateway\", ", ""),
            422,
            "Observation.identifier"),
        observation(
            "an identifier sent again with another value",
            replaced(reading, "\"value\": 72", "\"value\": 73"),
            409,
            "urn:irt:test-gateway"),
        // sizes
        new Variant("a body over the limit", "/Observation", JSON, huge, 413, "bytes", Map.of()),
        // conditional create
        new Variant(
            "a conditional create with a number as a string",
            "/Observation",
            JSON,
            weight("\"value\": 72", "\"value\": \"72\"").getBytes(StandardCharsets.UTF_8),
            400,
            "Observation.valueQuantity.value",
            Map.of("If-None-Exist", "identifier=urn:irt:test-gateway|never-sent")),
        // bundles
        bundled(
            "a transaction entry with a number as a string",
            bundle("transaction", weight("\"value\": 72", "\"value\": \"72\"")),
            400,
            "Bundle.entry[0].resource.valueQuantity.value"),
        bundled(
            "a batch entry with a duplicated key",
            bundle(
                "batch",
                weight(),
                weight("\"status\": \"final\"", "\"status\": \"final\", \"status\": \"final\"")),
            400,
            "Bundle.entry[1].resource.status"),
        bundled(
            "a batch entry with an unknown element",
            bundle("batch", weight("\"status\"", "\"colour\": \"blue\", \"status\"")),
            400,
            "colour"),
        bundled(
            "a transaction entry on another server",
            bundle(
                "transaction",
                weight(),
                weight(
                    "\"Patient/" + patient(),
                    "\"https://other.example.org/fhir/Patient/" + patient())),
            422,
            "Bundle.entry[1].resource.subject"),
        bundled(
            "a transaction entry before birth",
            bundle(
                "transaction",
                weight(),
                weight(
                    "\"effectiveDateTime\": \"",
                    "\"effectiveDateTime\": \"1900-01-01T10:00:00Z\"," + " \"issued\": \"")),
            422,
            "birth"),
        bundled("a search set", bundle("searchset", weight()), 400, "Bundle.type"),
        // questionnaire responses
        response(
            "answers with an unknown element",
            checklist("\"status\"", "\"colour\": \"blue\", \"status\""),
            400,
            "colour"),
        response(
            "answers with a boolean as a string",
            checklist("\"valueBoolean\": false", "\"valueBoolean\": \"false\""),
            400,
            "valueBoolean"),
        response(
            "answers with a duplicated key",
            checklist(
                "\"status\": \"completed\"",
                "\"status\": \"completed\", \"status\": \"completed\""),
            400,
            "QuestionnaireResponse.status"),
        response(
            "answers before the patient's birth",
            checklistAuthored("1901-01-01T10:00:00+01:00"),
            422,
            "birth"),
        response(
            "answers of a patient on another server",
            checklist(
                "\"Patient/" + patient(), "\"https://other.example.org/fhir/Patient/" + patient()),
            422,
            "QuestionnaireResponse.subject"),
        response(
            "answers authored tomorrow", checklistAuthored(at(Duration.ofDays(1))), 422, "future"));
  }

  /** A patient registered by Bergamo's MMG: no patient of Niguarda's. */
  private static long otherAsstsPatient() {
    IrtClient.Answer created =
        IrtClient.demo("bergamo.mmg")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "Anna", "familyName": "Rota",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Bergamo"}"""
                    .formatted(CodiciFiscali.newValid()));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  @TestFactory
  Stream<DynamicTest> eachMalformedInputIsRefusedNamingItsProblemAndStoresNothing()
      throws Exception {
    List<Variant> variants = variants();
    assertTrue(variants.size() >= 60, variants.size() + " variants");
    String resent =
        variants.stream()
            .filter(v -> v.status() == 409)
            .map(v -> new String(v.body(), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow()
            .replace("\"value\": 73", "\"value\": 72");
    assertEquals(
        201, send(new Variant("first", "/Observation", JSON, resent, 201, "")).statusCode());
    return variants.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> refused(v)));
  }

  private static void refused(Variant v) throws Exception {
    int before = stored();
    HttpResponse<String> answer = send(v);
    assertEquals(v.status(), answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith(JSON),
        answer.headers().toString());
    OperationOutcome outcome =
        Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    assertTrue(
        outcome.getIssue().stream()
            .anyMatch(
                i ->
                    i.getSeverity() == IssueSeverity.ERROR
                        && (i.getDiagnostics() + " " + i.getExpression())
                            .toLowerCase(Locale.ROOT)
                            .contains(v.names().toLowerCase(Locale.ROOT))),
        answer.body());
    assertFalse(
        answer.body().contains("Exception") || answer.body().contains("HAPI-"), answer.body());
    assertEquals(before, stored(), "nothing stored");
  }

  @Test
  void theUnchangedBodiesAndTheTenantsOwnAbsoluteBaseAreAccepted() throws Exception {
    int before = stored();
    assertEquals(201, send(observation("valid", weight(), 201, "")).statusCode());
    assertEquals(201, send(response("valid", checklist(), 201, "")).statusCode());
    String own = IrtClient.BASE + BASE + "/Patient/" + patient();
    assertEquals(
        201,
        send(observation("own base", weight("\"Patient/" + patient(), "\"" + own), 201, ""))
            .statusCode());
    String ownInBundle =
        bundle("transaction", weight(), weight("\"Patient/" + patient(), "\"" + own));
    assertEquals(200, send(bundled("bundle", ownInBundle, 200, "")).statusCode());
    assertEquals(before + 5, stored());
  }

  /** The patient's observations and questionnaire responses, as their physician finds them. */
  private static int stored() {
    var physician = Fhir.niguardaPhysician();
    return Fhir.ofPatient(physician, Observation.class, patient()).size()
        + Fhir.ofPatient(physician, QuestionnaireResponse.class, patient()).size();
  }

  private static HttpResponse<String> send(Variant v) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(IrtClient.BASE + BASE + v.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", JSON)
            .header("Authorization", GATEWAY.authorization())
            .POST(HttpRequest.BodyPublishers.ofByteArray(v.body()));
    if (v.contentType() != null) {
      request.header("Content-Type", v.contentType());
    }
    v.headers().forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

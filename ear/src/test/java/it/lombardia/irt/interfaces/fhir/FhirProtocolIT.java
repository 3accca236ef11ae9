package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.SlowSenders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FHIR API's HTTP protocol as R4 describes it: conditional create, {@code Prefer} on create,
 * every error an OperationOutcome (from the authentication layer too, for an oversized body, an
 * unsupported content type, a malformed search value), and a public CapabilityStatement.
 */
@ExtendWith(ArquillianExtension.class)
class FhirProtocolIT {

  private static final String BASE = "/fhir/" + Fhir.NIGUARDA;
  private static final Path SERVER_LOG =
      Path.of(System.getProperty("irt.server.dir"), "standalone/log/server.log");
  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");

  private final IGenericClient gateway = niguardaGateway();
  private final IGenericClient physician = Fhir.niguardaPhysician();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  private static Observation weight(long patient, double kg) {
    return vital(patient, WEIGHT, kg, "kg", Instant.now().minusSeconds(60));
  }

  private List<Observation> stored(long patient) {
    return Fhir.ofPatient(physician, Observation.class, patient);
  }

  private static String identifierOf(Observation o) {
    return Fhir.IDENTIFIERS + "|" + o.getIdentifierFirstRep().getValue();
  }

  /**
   * The answer's body as an OperationOutcome with an error issue (fails if it is anything else).
   */
  private static OperationOutcome outcome(Answer answer) {
    assertTrue(
        answer.header("Content-Type").startsWith("application/fhir+json"),
        answer.header("Content-Type"));
    OperationOutcome outcome =
        Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    assertEquals(IssueSeverity.ERROR, outcome.getIssueFirstRep().getSeverity(), answer.body());
    return outcome;
  }

  private static MethodOutcome createIf(IGenericClient client, Observation o, String criteria) {
    return client.create().resource(o).conditionalByUrl("Observation?" + criteria).execute();
  }

  private static String json(Observation o) {
    return Fhir.R4.newJsonParser().encodeResourceToString(o);
  }

  @Test
  void aConditionalCreateWithoutMatchCreatesWithOneAnswersItWithSeveralIsRefused() {
    long patient = patient();
    Observation first = weight(patient, 70);
    MethodOutcome none =
        createIf(physician, first, "identifier=" + Fhir.IDENTIFIERS + "|never-sent");
    assertEquals(Boolean.TRUE, none.getCreated());

    MethodOutcome one =
        createIf(physician, weight(patient, 71), "identifier=" + identifierOf(first));
    assertNotEquals(Boolean.TRUE, one.getCreated(), "one match: nothing new");
    assertEquals(none.getId().getIdPart(), one.getId().getIdPart());
    assertEquals(1, stored(patient).size());

    gateway.create().resource(weight(patient, 72)).execute();
    PreconditionFailedException several =
        assertThrows(
            PreconditionFailedException.class,
            () ->
                createIf(
                    physician,
                    weight(patient, 73),
                    "patient=Patient/" + patient + "&code=" + WEIGHT));
    assertTrue(
        ((OperationOutcome) several.getOperationOutcome())
            .getIssueFirstRep()
            .getDiagnostics()
            .startsWith("2 resources match"));
    assertEquals(2, stored(patient).size());
  }

  @Test
  void aConditionalCreateNamesOnlySupportedCriteriaAndSearchesOnlyWithSearchRights() {
    long patient = patient();
    Observation reading = weight(patient, 70);
    assertThrows(InvalidRequestException.class, () -> createIf(physician, reading, "status=final"));
    assertThrows(
        InvalidRequestException.class, () -> createIf(physician, reading, "identifier=no-bar"));
    // A gateway has no search scope: only its reading's own identifier, the idempotent create.
    assertThrows(
        ForbiddenOperationException.class,
        () -> createIf(gateway, reading, "patient=Patient/" + patient));
    assertTrue(stored(patient).isEmpty());
    MethodOutcome own = createIf(gateway, reading, "identifier=" + identifierOf(reading));
    assertEquals(Boolean.TRUE, own.getCreated());
  }

  @Test
  void aCreateAnswersMinimalByDefaultAndWhatPreferAsks() {
    long patient = patient();
    Answer minimal = GATEWAY.post(BASE + "/Observation", json(weight(patient, 70)));
    assertEquals(201, minimal.status(), minimal.body());
    assertTrue(minimal.header("Location").contains("/Observation/"), minimal.header("Location"));
    assertTrue(minimal.body().isEmpty(), minimal.body());

    // The gateway may not read Observations, but gets back what it just sent, as stored.
    Observation sent = weight(patient, 71.5);
    MethodOutcome representation =
        gateway.create().resource(sent).prefer(PreferReturnEnum.REPRESENTATION).execute();
    Observation stored = (Observation) representation.getResource();
    assertEquals(representation.getId().getIdPart(), stored.getIdElement().getIdPart());
    assertEquals(71.5, stored.getValueQuantity().getValue().doubleValue());
    assertEquals(
        sent.getIdentifierFirstRep().getValue(), stored.getIdentifierFirstRep().getValue());

    MethodOutcome said =
        gateway
            .create()
            .resource(weight(patient, 72))
            .prefer(PreferReturnEnum.OPERATION_OUTCOME)
            .execute();
    OperationOutcome outcome = (OperationOutcome) said.getOperationOutcome();
    assertEquals(IssueSeverity.INFORMATION, outcome.getIssueFirstRep().getSeverity());
    assertTrue(outcome.getIssueFirstRep().getDiagnostics().startsWith("Created Observation/"));
    assertNull(said.getResource());
    assertEquals(3, stored(patient).size());
  }

  @Test
  void missingOrWrongCredentialsAnswer401AsOperationOutcome() {
    long patient = patient();
    String search = BASE + "/Observation?patient=Patient/" + patient;
    Answer anonymous = IrtClient.anonymous().get(search);
    assertEquals(401, anonymous.status());
    outcome(anonymous);
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
    Answer wrong = IrtClient.basic("niguarda-gateway", "guess").get(search);
    assertEquals(401, wrong.status());
    outcome(wrong);
    Answer anonymousCreate =
        IrtClient.anonymous().post(BASE + "/Observation", json(weight(patient, 70)));
    assertEquals(401, anonymousCreate.status());
    outcome(anonymousCreate);
    assertTrue(stored(patient).isEmpty());
  }

  /** A refusal is an answer, not a server failure: no ERROR with a stack trace for each one. */
  @Test
  void refusalsByTheGateLeaveNoErrorInTheServerLog() throws IOException {
    long before = Files.size(SERVER_LOG);

    IrtClient.anonymous().get(BASE + "/Patient/1");
    IrtClient.basic("bergamo-gateway", "bergamo-gateway-demo-secret").get(BASE + "/Patient/1");
    IrtClient.anonymous().get("/fhir/ASST-NOWHERE/metadata");

    String written = logWrittenSince(before);
    assertFalse(written.contains("Exception thrown by interceptor"), written);
  }

  /**
   * The caller's {@code X-Request-ID} marks every log line written while serving its request, the
   * sign-in included, and comes back in the answer; a value that is not a plain token is replaced.
   */
  @Test
  void aRequestsLogLinesCarryItsIdAndTheAnswerQuotesIt() throws Exception {
    long before = Files.size(SERVER_LOG);
    String id = "gw-" + System.nanoTime();

    HttpResponse<String> refused =
        withRequestId("/api/me", id, "Basic " + base64("nobody.traced:wrong-password"));
    assertEquals(401, refused.statusCode());
    String written = logWrittenSince(before);
    assertTrue(
        written.lines().anyMatch(line -> line.contains(id) && line.contains("Failed login")),
        written);

    assertEquals(
        id, withRequestId(BASE + "/metadata", id, null).headers().firstValue("X-Request-ID").get());
    String replaced =
        withRequestId(BASE + "/metadata", "no spaces; please", null)
            .headers()
            .firstValue("X-Request-ID")
            .get();
    assertTrue(replaced.matches("[0-9a-f]{16}"), replaced);
  }

  private static HttpResponse<String> withRequestId(String path, String id, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(IrtClient.BASE + path)).header("X-Request-ID", id);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String logWrittenSince(long position) throws IOException {
    try (var in = Files.newInputStream(SERVER_LOG)) {
      in.skipNBytes(position);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anotherAsstsBaseAndAMissingScopeAnswer403AsOperationOutcome() {
    long patient = patient();
    Answer otherBase =
        IrtClient.basic("bergamo-gateway", "bergamo-gateway-demo-secret")
            .get(BASE + "/Patient/" + patient);
    assertEquals(403, otherBase.status());
    outcome(otherBase);
    Answer noSearchScope = GATEWAY.get(BASE + "/Observation?patient=Patient/" + patient);
    assertEquals(403, noSearchScope.status());
    outcome(noSearchScope);
  }

  @Test
  void aBodyOverTheLimitAnswers413AndAnUnsupportedTypeAnswers415() throws Exception {
    long patient = patient();
    byte[] huge = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Answer tooLarge = GATEWAY.upload(BASE + "/Observation", "application/fhir+json", huge);
    assertEquals(413, tooLarge.status(), tooLarge.body());
    outcome(tooLarge);

    HttpResponse<String> chunked = chunked(huge);
    assertEquals(
        413, chunked.statusCode(), "a chunked body is counted as it arrives: " + chunked.body());

    Answer text =
        GATEWAY.upload(BASE + "/Observation", "text/plain", json(weight(patient, 70)).getBytes());
    assertEquals(415, text.status(), text.body());
    outcome(text);
    assertTrue(stored(patient).isEmpty());
  }

  /**
   * A hundred gateways on slow links, each sending a body byte by byte, are more than the server's
   * worker threads: their bodies are gathered without holding a worker, so anyone else is answered
   * at once rather than after the slow ones finish.
   */
  @Test
  void gatewaysSendingTheirBodiesSlowlyHoldNobodyElseUp() throws Exception {
    try (SlowSenders slow = SlowSenders.open(100, BASE + "/Observation", GATEWAY.authorization())) {
      slow.awaitBodiesArriving();
      long start = System.nanoTime();
      Answer metadata = GATEWAY.get(BASE + "/metadata");
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(200, metadata.status(), metadata.body());
      assertTrue(millis < 5_000, "answered in " + millis + " ms while 100 clients send slowly");
    }
  }

  /** The answer to a create whose body is sent chunked (HTTP/1.1), without a declared length. */
  private static HttpResponse<String> chunked(byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(IrtClient.BASE + BASE + "/Observation"))
            .header("Content-Type", "application/fhir+json")
            .header("Authorization", GATEWAY.authorization())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aMalformedSearchValueAnswers400() {
    long patient = patient();
    IrtClient reader = IrtClient.demo("niguarda.mmg");
    Answer banana = reader.get(BASE + "/Observation?patient=Patient/" + patient + "&date=banana");
    assertEquals(400, banana.status(), banana.body());
    outcome(banana);
    Answer abc = reader.get(BASE + "/Observation?patient=abc");
    assertEquals(400, abc.status(), abc.body());
    outcome(abc);
  }

  @Test
  void theCapabilityStatementIsPublicAndDescribesTheTenantsBase() {
    Answer metadata = IrtClient.anonymous().get(BASE + "/metadata");
    assertEquals(200, metadata.status(), metadata.body());
    CapabilityStatement capabilities =
        Fhir.R4.newJsonParser().parseResource(CapabilityStatement.class, metadata.body());
    assertEquals(IrtClient.BASE + BASE, capabilities.getImplementation().getUrl());
    CapabilityStatementRestResourceComponent observation =
        capabilities.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("Observation"))
            .findFirst()
            .orElseThrow();
    assertTrue(observation.getConditionalCreate());
    Answer read = IrtClient.anonymous().get(BASE + "/Patient/1");
    assertEquals(401, read.status());
    outcome(read);
    Answer metadataPost = IrtClient.anonymous().post(BASE + "/metadata", "{}");
    assertEquals(401, metadataPost.status());
  }

  @Test
  void aBaseNoAsstHasHasNoCapabilityStatement() {
    Answer unknown = IrtClient.anonymous().get("/fhir/ASST-NOWHERE/metadata");

    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(
        outcome(unknown).getIssueFirstRep().getDiagnostics().contains("ASST-NOWHERE"),
        unknown.body());
  }
}

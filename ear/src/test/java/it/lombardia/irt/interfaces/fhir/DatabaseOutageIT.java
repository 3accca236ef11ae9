package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.vital;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database taken away while IRT runs (PostgreSQL lane only: the embedded H2 cannot be): new
 * connections refused and the server's sessions terminated, as when PostgreSQL stops. The APIs
 * answer 503 with {@code Retry-After} — a gateway sends again, nothing was kept —, the readiness
 * check says so, the log gets a line now and then rather than a stack trace per request, and IRT
 * serves again by itself once the database is back.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  private static final String BASE = "/fhir/ASST-NIGUARDA";
  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @Test
  void withTheDatabaseGoneTheApisAnswer503WithRetryAfterAndServeAgainWhenItIsBack()
      throws Exception {
    String url = System.getProperty("irt.it.server.db.url");
    assumeTrue(url != null && !url.isBlank(), "PostgreSQL lane only");
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    Observation reading = vital(patient, WEIGHT, 72, "kg", Instant.now().minusSeconds(60));
    String body = Fhir.R4.newJsonParser().encodeResourceToString(reading);
    Path log = Path.of(System.getProperty("irt.server.dir"), "standalone/log/server.log");
    String database = url.substring(url.lastIndexOf('/') + 1);
    IrtClient unchecked = CarePathways.newPhysician("MMG");
    // Both callers' credentials verified a moment ago: the outage meets the request, not the login.
    assertEquals(200, GATEWAY.get(BASE + "/Patient/" + patient).status());
    assertEquals(200, IrtClient.demo("niguarda.mmg").get("/api/me").status());

    try (Connection maintenance =
            DriverManager.getConnection(
                url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("irt.it.server.db.user"),
                System.getProperty("irt.it.server.db.password"));
        Statement sql = maintenance.createStatement()) {
      long before = Files.size(log);
      sql.execute("alter database " + database + " allow_connections false");
      try {
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "'");
        for (int i = 0; i < 10; i++) {
          Answer create =
              GATEWAY.upload(BASE + "/Observation", "application/fhir+json", body.getBytes());
          assertEquals(503, create.status(), create.body());
          assertEquals("5", create.header("Retry-After"));
          OperationOutcome outcome =
              Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, create.body());
          assertEquals(OperationOutcome.IssueType.TRANSIENT, outcome.getIssueFirstRep().getCode());
        }
        Answer search = IrtClient.demo("niguarda.mmg").get("/api/patients?q=Colombo");
        assertEquals(503, search.status(), search.body());
        assertEquals("5", search.header("Retry-After"));
        assertEquals(503, IrtClient.anonymous().get("/ready").status());
        // A new physician: credentials never checked, so the sign-in step meets the outage.
        Answer signIn = unchecked.get("/api/me");
        assertEquals(503, signIn.status(), signIn.body());
        assertEquals("5", signIn.header("Retry-After"));
      } finally {
        sql.execute("alter database " + database + " allow_connections true");
      }
      String written;
      try (var in = Files.newInputStream(log)) {
        in.skipNBytes(before);
        written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertFalse(written.contains("Failure during REST processing"), "HAPI's stack traces");
      assertFalse(written.contains("HAPI-2544"), "HAPI's exception handling undisturbed");
      assertFalse(written.contains("Unexpected error, reference"), "no 500 was answered");
      long lines = written.lines().filter(l -> l.contains("Database unavailable:")).count();
      assertTrue(lines >= 1 && lines <= 2, lines + " lines for 12 refused requests");
      List<String> traces = written.lines().filter(l -> l.startsWith("\tat ")).limit(40).toList();
      assertTrue(traces.isEmpty(), "no stack trace for the outage, from any part:\n" + written);
    }

    Answer created = null;
    for (int i = 0; i < 40 && (created == null || created.status() != 201); i++) {
      Thread.sleep(250);
      created = GATEWAY.upload(BASE + "/Observation", "application/fhir+json", body.getBytes());
    }
    assertEquals(201, created.status(), "served again without a restart: " + created.body());
    assertEquals(200, IrtClient.anonymous().get("/ready").status());
  }
}

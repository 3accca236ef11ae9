package it.lombardia.irt.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CarePathways.MonitoredPatient;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtDeployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls every route of {@code docs/access-matrix.tsv} as each kind of caller — a physician in the
 * patient's care, one of the same ASST outside it, a COT operator of the patient's pathway, the
 * ASST's device gateway, its administrator, another ASST's physician, nobody — on one patient's
 * data, and checks that the answer is the row's: allowed, 403, or for another ASST exactly what an
 * id that does not exist gets. Writes are sent with an empty body and only their refusals are
 * checked (the feature ITs cover what a write does).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final String MISSING = "987654321";

  /** The fixture's ids that belong to the ASST: another ASST must find them missing. */
  private static final Set<String> TENANT_OWNED =
      Set.of("patient", "enrolment", "plan", "encounter", "observation", "response");

  private static final Set<String> GATEWAY_SCOPES =
      Set.of(
          "system/Observation.c",
          "system/QuestionnaireResponse.c",
          "system/Patient.r",
          "system/Patient.s",
          "system/Device.r",
          "system/Device.s");

  /** A kind of caller: who, the roles they hold, whether the fixture patient is in their care. */
  private record Probe(String name, IrtClient client, Set<String> roles, boolean inCare) {}

  private record Row(String route, Set<String> roles, String patient, String scope, String call) {

    String method() {
      return route.startsWith("FHIR ") ? fhirMethod() : route.substring(0, route.indexOf(' '));
    }

    private String fhirMethod() {
      return route.startsWith("FHIR create") || route.startsWith("FHIR transaction")
          ? "POST"
          : "GET";
    }

    /** Whether {@code probe} passes the row's checks on the fixture patient. */
    boolean allows(Probe probe) {
      if (roles.contains("authenticated")) {
        return true;
      }
      if (probe.roles().stream().anyMatch(r -> roles.contains(r + "*"))) {
        return true; // a role that needs no care relation (e.g. the access log for the admin)
      }
      if (probe.roles().stream().noneMatch(roles::contains)) {
        return false;
      }
      if (probe.roles().contains("API_CLIENT")) {
        return Set.of(scope.split("\\s+")).stream().allMatch(GATEWAY_SCOPES::contains);
      }
      if (patient.equals("none")) {
        return true;
      }
      boolean operator = probe.roles().contains("COT_OPERATOR");
      return probe.inCare() || (operator && !patient.equals("CLINICAL"));
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "access-matrix.tsv"))) {
      String[] c = line.split("\t", -1);
      if (line.isBlank() || line.startsWith("#") || c[0].equals("route")) {
        continue;
      }
      rows.add(new Row(c[0], Set.of(c[1].trim().split("\\s+")), c[2], c[3], c[4]));
    }
    return rows;
  }

  /**
   * The fixture: a tele-monitored patient of Niguarda in the MMG's care with its pathway, and a
   * televisit of another patient of the MMG's.
   */
  private static Map<String, String> fixture() {
    MonitoredPatient p = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE);
    IrtClient mmg = IrtClient.demo("niguarda.mmg");
    Map<String, String> ids = new HashMap<>();
    ids.put("patient", String.valueOf(p.id()));
    ids.put("enrolment", String.valueOf(p.enrolment()));
    ids.put("plan", String.valueOf(p.plan()));
    // A televisit needs a pathway with that service: another patient of the MMG, in the same
    // relations.
    long televisitPatient = CarePathways.activePatient("[\"TELEVISIT\"]");
    ids.put("encounter", String.valueOf(CarePathways.bookedTelevisit(televisitPatient)));
    ids.put("cf", mmg.get("/api/patients/" + p.id()).object().getString("codiceFiscale"));
    IGenericClient gateway = Fhir.niguardaGateway();
    ids.put(
        "observation",
        gateway
            .create()
            .resource(Fhir.vital(p.id(), Fhir.SPO2, 97, "%", Instant.now().minusSeconds(60)))
            .execute()
            .getId()
            .getIdPart());
    ids.put(
        "response",
        gateway.create().resource(Fhir.hfChecklist(p.id())).execute().getId().getIdPart());
    ids.put("type", "user");
    ids.put("tenant", "ASST-NIGUARDA");
    ids.put("network", "cardiology");
    ids.put("condition", "heart-failure");
    ids.put("kind", "CARE_PATHWAY");
    return ids;
  }

  @Test
  void everyRouteAnswersEachKindOfCallerAsTheMatrixSays() throws IOException {
    Map<String, String> ids = fixture();
    List<Probe> probes =
        List.of(
            new Probe("in care", IrtClient.demo("niguarda.mmg"), Set.of("PHYSICIAN"), true),
            new Probe("not in care", IrtClient.demo("niguarda.pls"), Set.of("PHYSICIAN"), false),
            new Probe("COT", IrtClient.demo("niguarda.cot"), Set.of("COT_OPERATOR"), false),
            new Probe(
                "gateway",
                IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret"),
                Set.of("API_CLIENT"),
                false),
            new Probe("admin", IrtClient.demo("niguarda.admin"), Set.of("TENANT_ADMIN"), false));
    IrtClient otherAsst = IrtClient.demo("bergamo.mmg");
    List<String> wrong = new ArrayList<>();
    for (Row row : rows()) {
      if (row.call().isEmpty() || row.roles().contains("anonymous")) {
        continue;
      }
      String call = fill(row.call(), ids);
      boolean complete = !call.contains(MISSING);
      boolean read = row.method().equals("GET");
      int anonymous = send(IrtClient.anonymous(), row.method(), call);
      expect(wrong, row, "nobody", anonymous == 401, anonymous);
      for (Probe probe : probes) {
        boolean allowed = row.allows(probe);
        if (!allowed) {
          int status = send(probe.client(), row.method(), call);
          expect(wrong, row, probe.name(), refused(status, read, complete), status);
        } else if (read && complete) {
          int status = send(probe.client(), row.method(), call);
          expect(wrong, row, probe.name(), status < 400 || status == 503, status);
        }
      }
      if (namesTenantData(row.call())) {
        int theirs = send(otherAsst, row.method(), call);
        int missing = send(otherAsst, row.method(), fill(row.call(), Map.of()));
        expect(wrong, row, "other ASST", theirs == missing && theirs >= 400, theirs);
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the matrix:\n" + wrong);
  }

  /**
   * A refusal: 403 for a read of what exists (404 when the call names an id the fixture lacks); for
   * a write sent empty, any 4xx but 401 — nothing was stored.
   */
  private static boolean refused(int status, boolean read, boolean complete) {
    if (read) {
      return status == 403 || (!complete && status == 404);
    }
    return status >= 400 && status < 500 && status != 401;
  }

  private static boolean namesTenantData(String call) {
    Matcher m = PLACEHOLDER.matcher(call);
    while (m.find()) {
      if (TENANT_OWNED.contains(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static void expect(List<String> wrong, Row row, String who, boolean ok, int status) {
    if (!ok) {
      wrong.add(row.route() + " as " + who + ": " + status);
    }
  }

  private static String fill(String call, Map<String, String> ids) {
    Matcher m = PLACEHOLDER.matcher(call);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(filled, ids.getOrDefault(m.group(1), MISSING));
    }
    return m.appendTail(filled).toString().replace("|", "%7C");
  }

  private static int send(IrtClient client, String method, String path) {
    return switch (method) {
      case "GET" -> client.getAny(path).status();
      case "DELETE" -> client.delete(path).status();
      case "PUT" -> client.put(path, "{}").status();
      default -> client.post(path, "{}").status();
    };
  }
}

package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.SearchablePatients;
import it.lombardia.irt.testing.SearchablePatients.Named;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/patients?q=}: by name in either order or codice fiscale, only whom one may open.
 */
@ExtendWith(ArquillianExtension.class)
class PatientSearchApiIT {

  private static final IrtClient NURSE = demo("niguarda.infermiere");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @Test
  void theNurseFindsHerPatientByNameInEitherOrderIgnoringCaseAccentsAndApostrophes() {
    Named patient = SearchablePatients.inTheNursesCare();
    String given = patient.givenName(); // "Nicolò Xxxxxx"
    String plainGiven = given.replace("ò", "o").toLowerCase();

    for (String query :
        List.of(
            "D'Amico " + given,
            given + " D'Amico",
            "damico " + plainGiven,
            "d amico " + plainGiven.substring(8),
            patient.codiceFiscale().toLowerCase(),
            patient.codiceFiscale().substring(0, 9))) {
      assertTrue(ids(NURSE, query).contains(patient.id()), query);
    }
    assertFalse(ids(NURSE, "D'Amico Nicolò Zzzzzz").contains(patient.id()));
  }

  @Test
  void anotherAsstsNurseAndAPhysicianOutsideTheCareFindNothing() {
    Named patient = SearchablePatients.inTheNursesCare();

    assertEquals(List.of(), ids(demo("bergamo.infermiere"), patient.codiceFiscale()));
    assertEquals(List.of(), ids(demo("bergamo.mmg"), "D'Amico " + patient.givenName()));
    assertEquals(List.of(), ids(demo("niguarda.pls"), patient.codiceFiscale()));
    assertFalse(ids(demo("niguarda.pls"), "D'Amico " + patient.givenName()).contains(patient.id()));
  }

  @Test
  void everyPatientFoundIsLoggedAsAReadOfTheirIdentity() {
    Named patient = SearchablePatients.inTheNursesCare();
    String accesses = "/api/patients/" + patient.id() + "/accesses";
    assertEquals(0, identityReadsBy("niguarda.infermiere", demo("niguarda.mmg").get(accesses)));

    assertEquals(List.of(patient.id()), ids(NURSE, patient.codiceFiscale()));

    assertEquals(1, identityReadsBy("niguarda.infermiere", demo("niguarda.mmg").get(accesses)));
  }

  @Test
  void aQueryOfPunctuationOrOneLetterIsRefusedWithA400() {
    assertEquals(400, NURSE.get("/api/patients?q=" + encode(" ' - ")).status());
    assertEquals(400, NURSE.get("/api/patients?q=" + encode("d'")).status());
  }

  private static List<Long> ids(IrtClient who, String query) {
    Answer found = who.get("/api/patients?q=" + encode(query));
    assertEquals(200, found.status(), found.body());
    return found.array().getValuesAs(JsonObject.class).stream()
        .map(p -> p.getJsonNumber("id").longValue())
        .toList();
  }

  private static long identityReadsBy(String username, Answer accesses) {
    assertEquals(200, accesses.status(), accesses.body());
    return accesses.array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals(username))
        .filter(
            a -> a.getString("purpose").equals("READ") && a.getString("part").equals("IDENTITY"))
        .count();
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}

package it.lombardia.irt.testing;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.IrtClient.Answer;

/** Personal link pages of Niguarda patients, for tests that act as the patient or caregiver. */
public final class PatientLinks {

  private PatientLinks() {}

  /** The address of a personal link to a new televisit of the patient, for a caregiver if named. */
  public static String page(long patient, Long caregiver) {
    long encounter = CarePathways.bookedTelevisit(patient);
    Answer link =
        demo("niguarda.cardiologo")
            .post(
                "/api/encounters/" + encounter + "/patient-links",
                caregiver == null ? "{}" : "{\"caregiverId\": " + caregiver + "}");
    assertEquals(201, link.status(), link.body());
    String path = link.object().getString("path");
    return "/visit/join.xhtml?e=" + encounter + "&t=" + path.substring(path.indexOf("&t=") + 3);
  }
}

package it.lombardia.irt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.IrtClient.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/** FHIR searches sent as raw URLs, for the tests of what a search answers, and what they find. */
public final class FhirSearches {

  private FhirSearches() {}

  /** {@code value} encoded for a query string ({@code |}, {@code +}, {@code ,}). */
  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The searchset {@code who} gets for {@code path} (fails unless 200). */
  public static Bundle searchset(IrtClient who, String path) {
    Answer answer = who.get(path);
    assertEquals(200, answer.status(), path + ": " + answer.body());
    Bundle bundle = Fhir.R4.newJsonParser().parseResource(Bundle.class, answer.body());
    assertEquals(BundleType.SEARCHSET, bundle.getType());
    return bundle;
  }

  /** The ids of the resources of a bundle, in its order. */
  public static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  /** A connected scale with {@code serial} registered in Niguarda's inventory; its id. */
  public static String newScale(String serial) {
    Answer registered =
        IrtClient.demo("niguarda.adi")
            .post(
                "/api/devices",
                "{\"networkId\": \"cardiology\", \"typeId\": \"connected-scale\","
                    + " \"serialNumber\": \"%s\"}".formatted(serial));
    assertEquals(201, registered.status(), registered.body());
    return String.valueOf(registered.object().getJsonNumber("id").longValue());
  }
}

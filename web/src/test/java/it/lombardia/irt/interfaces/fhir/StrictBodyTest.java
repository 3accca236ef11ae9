package it.lombardia.irt.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON that HAPI's parser accepts although FHIR JSON forbids it, named by its element. */
class StrictBodyTest {

  private static final StrictBody STRICT = new StrictBody(FhirContext.forR4Cached());

  private static final String WEIGHT =
      """
      {"resourceType": "Observation", "status": "final",
       "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
       "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]},
       "subject": {"reference": "Patient/1"},
       "effectiveDateTime": "2026-12-05T10:00:00+01:00",
       "valueQuantity": {"value": 72, "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"}}""";

  private static String expressionOf(String body, String root) {
    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class,
            () -> STRICT.inspect(body.getBytes(StandardCharsets.UTF_8), EncodingEnum.JSON, root));
    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
    return outcome.getIssueFirstRep().getExpression().isEmpty()
        ? outcome.getIssueFirstRep().getDiagnostics()
        : outcome.getIssueFirstRep().getExpression().get(0).getValue();
  }

  static Stream<Arguments> forbidden() {
    return Stream.of(
        Arguments.of("\"value\": 72", "\"value\": \"72\"", "Observation.valueQuantity.value"),
        Arguments.of(
            "\"status\": \"final\"",
            "\"status\": \"final\", \"status\": \"amended\"",
            "Observation.status"),
        Arguments.of("\"value\": 72", "\"value\": '72'", "Observation.valueQuantity"),
        Arguments.of("\"value\": 72", "\"value\": +72", "Observation.valueQuantity"),
        Arguments.of("\"value\": 72", "\"value\": null", "Observation.valueQuantity.value"),
        Arguments.of("\"status\": \"final\"", "\"status\": [\"final\"]", "Observation.status"),
        Arguments.of("\"category\": [", "\"category\": [], \"note\": [", "Observation.category"),
        Arguments.of(
            "\"subject\": {\"reference\": \"Patient/1\"}",
            "\"subject\": {}",
            "Observation.subject"),
        Arguments.of(
            "[{\"system\": \"http://loinc.org\", \"code\": \"29463-7\"}]",
            "{\"system\": \"http://loinc.org\", \"code\": \"29463-7\"}",
            "Observation.code.coding"),
        Arguments.of(
            "\"status\": \"final\"",
            "\"status\": \"final\", \"valueBoolean\": \"true\"",
            "Observation.valueBoolean"),
        Arguments.of(
            "\"code\": \"29463-7\"", "\"code\": 294637", "Observation.code.coding[0].code"));
  }

  @Test
  void checksAPrimitivesExtensions() {
    assertEquals(
        "Observation._status.colour",
        expressionOf(
            WEIGHT.replace(
                "\"status\": \"final\"", "\"status\": \"final\", \"_status\": {\"colour\": 1}"),
            "Observation"));
    assertEquals(
        "Observation._status.extension[0].valueInteger",
        expressionOf(
            WEIGHT.replace(
                "\"status\": \"final\"",
                "\"status\": \"final\", \"_status\": {\"extension\": [{\"url\": \"urn:x\","
                    + " \"valueInteger\": \"1\"}]}"),
            "Observation"));
  }

  @ParameterizedTest
  @MethodSource
  void forbidden(String from, String to, String element) {
    assertTrue(WEIGHT.contains(from), from);
    assertEquals(element, expressionOf(WEIGHT.replace(from, to), "Observation"));
  }

  @Test
  void acceptsWhatFhirJsonAllows() {
    String withPrimitiveExtension =
        WEIGHT.replace(
            "\"status\": \"final\"",
            "\"status\": \"final\", \"_status\": {\"extension\": [{\"url\": \"urn:x\","
                + " \"valueInteger\": 1}]}, \"contained\": [{\"resourceType\": \"Device\","
                + " \"id\": \"d\", \"serialNumber\": \"S\"}]");
    assertDoesNotThrow(
        () ->
            STRICT.inspect(
                withPrimitiveExtension.getBytes(StandardCharsets.UTF_8),
                EncodingEnum.JSON,
                "Observation"));
  }

  @Test
  void namesTheEntryOfABundle() {
    String bundle =
        "{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [{\"resource\": "
            + WEIGHT.replace("\"value\": 72", "\"value\": \"72\"")
            + "}]}";
    assertEquals("Bundle.entry[0].resource.valueQuantity.value", expressionOf(bundle, "Bundle"));
    String duplicate =
        "{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [{\"resource\": "
            + WEIGHT.replace("\"unit\": \"kg\"", "\"unit\": \"kg\", \"unit\": \"g\"")
            + "}]}";
    assertEquals("Bundle.entry[0].resource.valueQuantity.unit", expressionOf(duplicate, "Bundle"));
  }

  @Test
  void refusesInvalidUtf8AndAByteOrderMark() {
    byte[] latin1 = WEIGHT.replace("kg", "kg\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> STRICT.inspect(latin1, EncodingEnum.JSON, "Observation"))
            .getMessage()
            .contains("not valid UTF-8"));
    byte[] bom = ("\uFEFF" + WEIGHT).getBytes(StandardCharsets.UTF_8);
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> STRICT.inspect(bom, EncodingEnum.JSON, "Observation"))
            .getMessage()
            .contains("byte order mark"));
  }
}

package it.lombardia.irt.interfaces.fhir.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.SampledData;
import org.junit.jupiter.api.Test;

/**
 * HAPI's instance validator as IRT runs it — with the jars the EAR ships — on the HL7 R4
 * vital-signs examples and on readings that break base R4 or a vital-signs profile, and its cache
 * of valid shapes.
 */
class ValidatedShapesTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final R4Validator VALIDATOR = new R4Validator(FHIR);
  private static final Path EXAMPLES = Path.of("../ear/src/test/resources/fhir-examples");

  private final ValidatedShapes shapes = new ValidatedShapes(VALIDATOR, Runnable::run, 100);

  static Observation example(String name) {
    try {
      return FHIR.newJsonParser()
          .parseResource(
              Observation.class,
              Files.readString(EXAMPLES.resolve("observation-example-" + name + ".json")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<SingleValidationMessage> errors(Observation o) {
    return shapes.errors(o);
  }

  /** Whether an error names {@code element} of the resource, as the third entry of a bundle. */
  private static boolean names(List<SingleValidationMessage> errors, String location) {
    return errors.stream()
        .anyMatch(
            e -> location.equals(IssueLocation.of(e, "Observation", "Bundle.entry[2].resource")));
  }

  @Test
  void thePublishedVitalSignsExamplesAreValid() throws IOException {
    try (var files = Files.list(EXAMPLES)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
      assertEquals(7, json.size());
      for (Path file : json) {
        String name = file.getFileName().toString().replaceAll("observation-example-|\\.json", "");
        assertEquals(List.of(), errors(example(name)), name);
      }
    }
  }

  @Test
  void anOvernightOximetrySeriesIsHeldToBaseR4NotToTheSingleReadingProfile() {
    Observation series = example("satO2");
    series.setValue(
        new SampledData()
            .setOrigin(
                new Quantity()
                    .setValue(0)
                    .setUnit("%")
                    .setSystem("http://unitsofmeasure.org")
                    .setCode("%"))
            .setPeriod(1000)
            .setDimensions(1)
            .setData("95 96 94 E 97"));
    assertEquals(List.of(), errors(series));

    series.getValueSampledData().setDimensionsElement(new PositiveIntType(0));
    assertTrue(names(errors(series), "Bundle.entry[2].resource.valueSampledData.dimensions"));
  }

  @Test
  void refusesAHeartRateWithoutTheVitalSignsCategory() {
    Observation o = example("heart-rate");
    o.getCategory().clear();
    List<SingleValidationMessage> errors = errors(o);
    assertTrue(names(errors, "Bundle.entry[2].resource.category"), errors.toString());
  }

  @Test
  void refusesABloodPressurePanelWithoutItsDiastolicComponent() {
    Observation o = example("blood-pressure");
    o.getComponent().remove(1);
    List<SingleValidationMessage> errors = errors(o);
    assertTrue(names(errors, "Bundle.entry[2].resource.component"), errors.toString());
  }

  @Test
  void refusesAValueWithADataAbsentReason() {
    Observation o = example("bodyweight");
    o.setDataAbsentReason(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", null)));
    List<SingleValidationMessage> errors = errors(o);
    assertTrue(names(errors, "Bundle.entry[2].resource"), errors.toString());
  }

  @Test
  void refusesAHeartRateInAUnitTheProfileDoesNotBind() {
    Observation o = example("heart-rate");
    o.getValueQuantity().setCode("{beats}/min").setUnit("beats/minute");
    List<SingleValidationMessage> errors = errors(o);
    assertTrue(names(errors, "Bundle.entry[2].resource.valueQuantity.code"), errors.toString());
  }

  @Test
  void aProfileOutsideTheR4PackageIsNotCheckedAndDoesNotRefuse() {
    Observation o = example("heart-rate");
    o.getMeta().addProfile("http://example.org/StructureDefinition/gateway-heart-rate");

    assertEquals(List.of(), errors(o));
  }

  @Test
  void aSecondReadingOfTheSameShapeIsValidWithoutRunningTheValidator() {
    Observation first = example("heart-rate");
    Observation second = example("heart-rate");
    second.getValueQuantity().setValue(new BigDecimal("72"));
    second.getEffectiveDateTimeType().setValueAsString("1999-12-30");

    assertEquals(List.of(), shapes.errors(first));
    assertEquals(List.of(), shapes.errors(second));

    assertEquals(1, shapes.validations());
    assertEquals(1, shapes.hits());
  }

  @Test
  void anInvalidReadingIsValidatedEachTimeItComes() {
    Observation o = example("heart-rate");
    o.getCategory().clear();

    shapes.errors(o);
    shapes.errors(o);

    assertEquals(2, shapes.validations());
    assertEquals(0, shapes.hits());
  }
}

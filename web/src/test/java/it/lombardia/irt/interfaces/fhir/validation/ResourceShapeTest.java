package it.lombardia.irt.interfaces.fhir.validation;

import static it.lombardia.irt.interfaces.fhir.validation.ValidatedShapesTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/** What makes two resources one shape for the validator, and what does not. */
class ResourceShapeTest {

  /**
   * The premise of the shape: the definitions the validator applies to an Observation or a
   * QuestionnaireResponse with vital-signs profiles set no minimum, maximum or length on any value.
   */
  @Test
  void theDefinitionsAppliedConstrainNoValueByItsMagnitudeOrLength() {
    var definitions = new DefaultProfileValidationSupport(FhirContext.forR4Cached());
    List<String> urls = new ArrayList<>(ApplicableProfiles.VITAL_SIGNS_FAMILY);
    for (String type :
        List.of(
            "Observation",
            "QuestionnaireResponse",
            "Quantity",
            "Identifier",
            "Reference",
            "Element",
            "Resource",
            "DomainResource")) {
      urls.add("http://hl7.org/fhir/StructureDefinition/" + type);
    }
    for (String url : urls) {
      StructureDefinition sd = (StructureDefinition) definitions.fetchStructureDefinition(url);
      for (ElementDefinition e : sd.getSnapshot().getElement()) {
        assertFalse(e.hasMinValue() || e.hasMaxValue() || e.hasMaxLength(), e.getId());
      }
    }
  }

  private static Observation weight() {
    Observation o = example("bodyweight");
    o.getIdentifierFirstRep().setSystem("urn:gw").setValue("a1b2-0001");
    o.setSubject(new Reference("Patient/12"));
    o.getEffectiveDateTimeType().setValueAsString("2026-11-23T10:15:00+01:00");
    return o;
  }

  @Test
  void readingsDifferingOnlyInValueTimeIdentifierAndPatientShareAShape() {
    Observation other = weight();
    other.getValueQuantity().setValue(new BigDecimal("172")); // the example's 185 lbs
    other.getEffectiveDateTimeType().setValueAsString("2026-12-01T07:59:30+01:00");
    other.getIdentifierFirstRep().setValue("zz99-7412");
    other.setSubject(new Reference("Patient/98"));

    assertEquals(ResourceShape.of(weight()), ResourceShape.of(other));
  }

  @Test
  void anotherCodeSystemUnitOrCategoryIsAnotherShape() {
    Observation code = weight();
    code.getCode().getCodingFirstRep().setCode("29463-8");
    Observation system = weight();
    system.getValueQuantity().setSystem("http://example.org/units");
    Observation unit = weight();
    unit.getValueQuantity().setCode("g");
    Observation category = weight();
    category.getCategoryFirstRep().getCodingFirstRep().setCode("laboratory");

    String shape = ResourceShape.of(weight());
    for (Observation o : new Observation[] {code, system, unit, category}) {
      assertNotEquals(shape, ResourceShape.of(o));
    }
  }

  @Test
  void anElementMoreOrLessIsAnotherShape() {
    Observation absent = weight();
    absent.setDataAbsentReason(new CodeableConcept(new Coding("urn:x", "unknown", null)));
    Observation noCategory = weight();
    noCategory.getCategory().clear();

    assertNotEquals(ResourceShape.of(weight()), ResourceShape.of(absent));
    assertNotEquals(ResourceShape.of(weight()), ResourceShape.of(noCategory));
  }

  @Test
  void anElementWithoutContentLeavesNoTrace() {
    Observation empty = weight();
    empty.addCategory(new CodeableConcept().addCoding(new Coding()));
    empty.getCode().addCoding().setDisplay("  ");
    empty.getCode().getCodingFirstRep().getSystemElement().addExtension();

    assertEquals(ResourceShape.of(weight()), ResourceShape.of(empty));
    empty.getCode().getCodingFirstRep().getSystemElement().getExtensionFirstRep().setUrl("urn:x");
    assertNotEquals(ResourceShape.of(weight()), ResourceShape.of(empty));
  }

  @Test
  void valuesKeepTheirLengthSignAndPrecision() {
    Observation longer = weight();
    longer.getValueQuantity().setValue(new BigDecimal("1185"));
    Observation negative = weight();
    negative.getValueQuantity().setValue(new BigDecimal("-18"));
    Observation day = weight();
    day.getEffectiveDateTimeType().setValueAsString("2026-11-23");
    Observation device = weight();
    device.setSubject(new Reference("Device/12"));

    String shape = ResourceShape.of(weight());
    for (Observation o : new Observation[] {longer, negative, day, device}) {
      assertNotEquals(shape, ResourceShape.of(o));
    }
  }

  @Test
  void aResourceDeclaringAProfileOutsideTheVitalSignsKeepsItsValues() {
    Observation declared = weight();
    declared.getMeta().addProfile("http://example.org/StructureDefinition/strict-weight");
    Observation other = declared.copy();
    other.getValueQuantity().setValue(new BigDecimal("71.9"));

    assertNotEquals(ResourceShape.of(declared), ResourceShape.of(other));
  }

  @Test
  void textInAValueCannotPassForStructure() {
    Observation note = weight();
    note.addNote().setText("a}");
    Observation notes = weight();
    notes.addNote().setText("a");
    notes.getNote().get(0).addExtension("urn:x", null);

    assertNotEquals(ResourceShape.of(note), ResourceShape.of(notes));
  }
}

package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.interfaces.fhir.VitalSignsExamplesIT.example;
import static it.lombardia.irt.testing.Fhir.diagnostics;
import static it.lombardia.irt.testing.Fhir.hfChecklist;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtDeployment;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resources that IRT's own rules would take but base R4 or an HL7 vital-signs profile forbids are
 * refused by HAPI's instance validator: 422 with an OperationOutcome naming the element, nothing
 * stored — alone, conditionally, in a batch (only that entry) or a transaction (all of it).
 */
@ExtendWith(ArquillianExtension.class)
class FhirValidationIT {

  private final IGenericClient gateway = niguardaGateway();
  private final IGenericClient reader = Fhir.niguardaPhysician();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  private List<Observation> stored(long patient) {
    return Fhir.ofPatient(reader, Observation.class, patient);
  }

  /** The blood-pressure example without its diastolic component, which the bp profile requires. */
  private static Observation systolicOnly(long patient) {
    Observation o = example("blood-pressure", patient);
    o.getComponent().remove(1);
    return o;
  }

  /** A valid heart rate, then the systolic-only panel, both POSTed in a bundle of {@code type}. */
  private static Bundle heartRateAndSystolicOnly(Bundle.BundleType type, long patient) {
    Bundle bundle = new Bundle().setType(type);
    for (Observation o : List.of(example("heart-rate", patient), systolicOnly(patient))) {
      bundle.addEntry().setResource(o).getRequest().setMethod(Bundle.HTTPVerb.POST);
    }
    return bundle;
  }

  private String refusal(Runnable create) {
    return diagnostics(assertThrows(UnprocessableEntityException.class, create::run));
  }

  @Test
  void refusesABloodPressurePanelWithoutItsDiastolicComponent() {
    long patient = patient();

    String told = refusal(() -> gateway.create().resource(systolicOnly(patient)).execute());

    assertTrue(told.contains("DiastolicBP"), told);
    assertTrue(told.contains("@[Observation.component]"), told);
    assertEquals(List.of(), stored(patient));
  }

  @Test
  void refusesAWeightWithBothAValueAndADataAbsentReason() {
    long patient = patient();
    Observation weight = example("bodyweight", patient);
    weight.setDataAbsentReason(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", null)));

    String told = refusal(() -> gateway.create().resource(weight).execute());

    assertTrue(told.contains("obs-6"), told);
    assertEquals(List.of(), stored(patient));
  }

  @Test
  void refusesAHeartRateInAnotherUnitThanTheOneItsProfileFixes() {
    long patient = patient();
    Observation heartRate = example("heart-rate", patient);
    heartRate.getValueQuantity().setCode("{beats}/min");

    String told =
        refusal(
            () ->
                gateway
                    .create()
                    .resource(heartRate)
                    .conditionalByUrl("Observation?patient=Patient/" + patient + "&code=8867-4")
                    .execute());

    assertTrue(told.contains("fixed to '/min'"), told);
    assertTrue(told.contains("@[Observation.valueQuantity.code]"), told);
    assertEquals(List.of(), stored(patient));
  }

  @Test
  void aBatchRefusesOnlyItsInvalidEntryNamingTheElementInTheBundle() {
    long patient = patient();
    Bundle batch = heartRateAndSystolicOnly(Bundle.BundleType.BATCH, patient);

    Bundle answer = gateway.transaction().withBundle(batch).execute();

    assertEquals("201 Created", answer.getEntry().get(0).getResponse().getStatus());
    assertEquals("422 Unprocessable Entity", answer.getEntry().get(1).getResponse().getStatus());
    OperationOutcome outcome =
        (OperationOutcome) answer.getEntry().get(1).getResponse().getOutcome();
    assertTrue(
        outcome.getIssue().stream()
            .anyMatch(
                i ->
                    i.getExpression().stream()
                        .anyMatch(e -> e.getValue().equals("Bundle.entry[1].resource.component"))),
        Fhir.R4.newJsonParser().encodeResourceToString(outcome));
    assertEquals(
        List.of("8867-4"),
        stored(patient).stream().map(o -> o.getCode().getCodingFirstRep().getCode()).toList());
  }

  @Test
  void aTransactionWithAnInvalidEntryStoresNothing() {
    long patient = patient();
    Bundle transaction = heartRateAndSystolicOnly(Bundle.BundleType.TRANSACTION, patient);

    String told = refusal(() -> gateway.transaction().withBundle(transaction).execute());

    assertTrue(told.contains("@[Bundle.entry[1].resource.component]"), told);
    assertEquals(List.of(), stored(patient));
  }

  @Test
  void refusesAQuestionnaireResponseWithAnItemNestedUnderAnAnsweredItem() {
    long patient = patient();
    QuestionnaireResponse response = hfChecklist(patient);
    // R4's qrs-1: an item holds answers or items, not both (IRT's own rules read the answers only).
    response.getItemFirstRep().addItem().setLinkId("note");

    String told = refusal(() -> gateway.create().resource(response).execute());

    assertTrue(told.contains("qrs-1"), told);
    assertTrue(told.contains("@[QuestionnaireResponse.item[0]]"), told);
    assertEquals(List.of(), Fhir.ofPatient(reader, QuestionnaireResponse.class, patient));
  }
}

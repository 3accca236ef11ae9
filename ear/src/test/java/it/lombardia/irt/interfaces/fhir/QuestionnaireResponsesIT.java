package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.hfChecklist;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patient-generated data: a plug-in questionnaire answered through FHIR QuestionnaireResponse is
 * scored, stored once however often it is sent, written to the record, and raises its band's alarm;
 * wrong answers are refused item by item with nothing stored; other ASSTs see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireResponsesIT {

  private static final IrtClient NURSE = IrtClient.demo("niguarda.infermiere");

  private final IGenericClient gateway = niguardaGateway();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  private List<QuestionnaireResponse> stored(long patient) {
    return Fhir.ofPatient(Fhir.niguardaPhysician(), QuestionnaireResponse.class, patient);
  }

  private static List<JsonObject> alarmsOf(long patient) {
    return NURSE.get("/api/alarms?patient=" + patient).array().getValuesAs(JsonObject.class);
  }

  @Test
  void answersAreScoredStoredOnceAndRaiseTheirBandsAlarm() {
    long patient = patient();
    QuestionnaireResponse worse = hfChecklist(patient, "dyspnoea", "orthopnoea");

    MethodOutcome created = gateway.create().resource(worse).execute();
    assertEquals(Boolean.TRUE, created.getCreated());
    MethodOutcome resent = gateway.create().resource(worse).execute();
    assertNotEquals(Boolean.TRUE, resent.getCreated(), "a re-sent response is not created");
    assertEquals(created.getId().getIdPart(), resent.getId().getIdPart());

    List<QuestionnaireResponse> stored = stored(patient);
    assertEquals(1, stored.size());
    QuestionnaireResponse read =
        Fhir.niguardaPhysician()
            .read()
            .resource(QuestionnaireResponse.class)
            .withId(created.getId().getIdPart())
            .execute();
    assertTrue(read.getQuestionnaire().startsWith(Fhir.QUESTIONNAIRES + Fhir.HF_CHECKLIST));
    assertEquals("yes", read.getItem().get(0).getAnswerFirstRep().getValueCoding().getCode());

    List<JsonObject> alarms = alarmsOf(patient);
    assertEquals(1, alarms.size(), alarms.toString());
    JsonObject alarm = alarms.get(0);
    assertEquals("QUESTIONNAIRE", alarm.getString("kind"));
    assertEquals("ALARM", alarm.getString("level"), "a score of 4 is in the 4–9 band");
    assertEquals(4, alarm.getJsonNumber("value").intValue());
    String why = alarm.getString("explanationIt");
    assertTrue(why.contains("punteggio 4 (fascia 4–9)"), why);
    assertTrue(why.contains("valutazione medica entro 24 ore"), why);

    gateway.create().resource(hfChecklist(patient, "oedema")).execute();
    assertEquals(1, alarmsOf(patient).get(0).getInt("triggerCount"), "a stable score adds nothing");
    gateway
        .create()
        .resource(hfChecklist(patient, "dyspnoea", "dizziness", "palpitations"))
        .execute();
    alarms = alarmsOf(patient);
    assertEquals(1, alarms.size(), "a new worrying response updates the open alarm");
    assertEquals(2, alarms.get(0).getInt("triggerCount"));

    String timeline = NURSE.get("/api/records/" + patient).body();
    assertTrue(timeline.contains("compilato: punteggio 4"), timeline);
    assertTrue(timeline.contains("compilato: punteggio 1 — Stabile"), timeline);
    assertEquals(3, stored(patient).size());
  }

  @Test
  void wrongAnswersAreRefusedItemByItemAndNothingIsStored() {
    long patient = patient();
    QuestionnaireResponse wrong = hfChecklist(patient);
    wrong.getItem().remove(5);
    wrong.getItem().get(0).getAnswerFirstRep().setValue(new Coding().setCode("sometimes"));
    wrong.addItem().setLinkId("fever").addAnswer().setValue(new BooleanType(true));

    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class, () -> gateway.create().resource(wrong).execute());
    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
    Map<String, String> byField =
        outcome.getIssue().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    i -> i.getExpression().get(0).getValue(), i -> i.getDiagnostics()));
    assertTrue(
        byField.get("QuestionnaireResponse.item[dyspnoea]").contains("options: yes, no"),
        byField.toString());
    assertTrue(
        byField.get("QuestionnaireResponse.item[palpitations]").contains("not answered"),
        byField.toString());
    assertTrue(
        byField.get("QuestionnaireResponse.item[fever]").contains("not an item"),
        byField.toString());

    QuestionnaireResponse unknown = hfChecklist(patient);
    unknown.setQuestionnaire(Fhir.QUESTIONNAIRES + "copd-cat");
    UnprocessableEntityException notOffered =
        assertThrows(
            UnprocessableEntityException.class, () -> gateway.create().resource(unknown).execute());
    assertTrue(
        ((OperationOutcome) notOffered.getOperationOutcome())
            .getIssueFirstRep()
            .getDiagnostics()
            .contains("offered: " + Fhir.HF_CHECKLIST));

    assertTrue(stored(patient).isEmpty());
    assertTrue(alarmsOf(patient).isEmpty());
  }

  @Test
  void anotherAsstSeesAndSendsNothing() {
    long patient = patient();
    MethodOutcome created = gateway.create().resource(hfChecklist(patient)).execute();
    IGenericClient bergamoOnNiguarda =
        Fhir.client(Fhir.NIGUARDA, "bergamo-gateway", "bergamo-gateway-demo-secret");
    assertThrows(
        ForbiddenOperationException.class,
        () -> bergamoOnNiguarda.create().resource(hfChecklist(patient)).execute());
    IGenericClient bergamo =
        Fhir.client("ASST-PAPA-GIOVANNI-XXIII", "bergamo-gateway", "bergamo-gateway-demo-secret");
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            Fhir.bergamoPhysician()
                .read()
                .resource(QuestionnaireResponse.class)
                .withId(created.getId().getIdPart())
                .execute());
    assertThrows(
        UnprocessableEntityException.class,
        () -> bergamo.create().resource(hfChecklist(patient, "dyspnoea")).execute());
    assertEquals(1, stored(patient).size());
  }
}

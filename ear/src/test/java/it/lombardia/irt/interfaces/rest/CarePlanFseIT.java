package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.approvedPlan;
import static it.lombardia.irt.testing.CarePathways.plan;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.FseReceiver;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every approved version of a PAI or PRI reaches a local FSE receiver as a signed FHIR document
 * (LOINC 18776-5), a new version replacing the one before; its delivery is seen by those who may
 * read the plan, and by no other ASST.
 */
@ExtendWith(ArquillianExtension.class)
class CarePlanFseIT {

  private static final IrtClient MMG = demo("niguarda.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @Test
  void aPaiAPriAndTheUpdatedPaiReachTheFseAsPlanOfCareDocuments() throws Exception {
    try (FseReceiver fse = new FseReceiver()) {
      List<String> bundles = fse.bundles();
      long enrolment = rehabilitationEnrolmentAfterUvm();
      long pai = approvedPlan(enrolment, "PAI", "[\"TELEREHABILITATION\"]", "");
      long pri = approvedPlan(enrolment, "PRI", CarePathways.PRI);
      long updated = updatedPai(enrolment);

      JsonObject first = composition(bundleOf(bundles, awaitDelivered(pai)));
      JsonObject rehabilitation = composition(bundleOf(bundles, awaitDelivered(pri)));
      String updatedBundle = bundleOf(bundles, awaitDelivered(updated));
      JsonObject second = composition(updatedBundle);

      for (JsonObject composition : List.of(first, rehabilitation, second)) {
        JsonObject coding =
            composition.getJsonObject("type").getJsonArray("coding").getJsonObject(0);
        assertEquals("http://loinc.org", coding.getString("system"));
        assertEquals("18776-5", coding.getString("code"), "a plan of care note");
      }
      assertEquals("Piano di assistenza individuale (PAI) — versione 1", first.getString("title"));
      assertEquals(
          "Piano riabilitativo individuale (PRI) — versione 1", rehabilitation.getString("title"));
      assertEquals("Piano di assistenza individuale (PAI) — versione 2", second.getString("title"));
      assertFalse(first.containsKey("relatesTo"), "a first version replaces nothing");
      assertFalse(rehabilitation.containsKey("relatesTo"), "the PRI is a plan of its own");
      JsonObject replaces = second.getJsonArray("relatesTo").getJsonObject(0);
      assertEquals("replaces", replaces.getString("code"));
      assertEquals(
          "urn:uuid:" + delivery(MMG, pai).getString("bundleId"),
          replaces.getJsonObject("targetIdentifier").getString("value"),
          "the update replaces the first version's document");

      String pdf = pdfText(updatedBundle);
      assertTrue(pdf.contains("versione 2"), pdf);
      assertTrue(pdf.contains("Camminare 30 minuti al giorno"), "the new objectives: " + pdf);
      assertTrue(pdf.contains("Giulia Bianchi (MMG) (MMG referente)"), "the team by name: " + pdf);
      assertTrue(pdf.contains("approvata da Giulia Bianchi (MMG)"), "the approver: " + pdf);
      assertTrue(pdf.contains("Peso corporeo (kg)"), "parameters by name: " + pdf);
      assertTrue(pdf.contains("ogni giorno"), "and how often: " + pdf);
      assertTrue(pdf.contains("Scompenso cardiaco"), "the condition: " + pdf);
      assertFalse(pdf.contains("niguarda.mmg"), "never a username: " + pdf);

      assertEquals(
          409,
          MMG.post("/api/plans/" + updated + "/approval", "{}").status(),
          "an approved version is not approved again");
      Thread.sleep(2000);
      assertEquals(
          1,
          bundles.stream()
              .filter(b -> b.contains("urn:uuid:" + delivery(MMG, updated).getString("bundleId")))
              .count(),
          "each version is sent once");
    }
  }

  @Test
  void aPlansDeliveryIsSeenByItsCareTeamAndByNoOtherAsst() {
    long enrolment = rehabilitationEnrolmentAfterUvm();
    long pai = approvedPlan(enrolment, "PAI", "[\"TELEREHABILITATION\"]", "");
    assertEquals(200, MMG.get("/api/plans/" + pai + "/fse").status());
    assertEquals(
        200, demo("niguarda.cardiologo").get("/api/plans/" + pai + "/fse").status(), "team");
    assertEquals(404, demo("bergamo.mmg").get("/api/plans/" + pai + "/fse").status());
    assertEquals(404, demo("bergamo.mmg").get("/api/plans/987654321/fse").status());
    assertTrue(
        demo("bergamo.admin").get("/api/fse/outbox").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(s -> s.get("planId") instanceof JsonNumber id && id.longValue() == pai),
        "another ASST's administrator does not see it queued");
    assertTrue(
        demo("niguarda.admin").get("/api/fse/outbox").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.get("planId") instanceof JsonNumber id && id.longValue() == pai),
        "its own administrator does");

    Answer draft =
        MMG.post("/api/plans", "{\"enrolmentId\": " + enrolment + ", \"kind\": \"PAI\"}");
    assertEquals(201, draft.status(), draft.body());
    long next = draft.object().getJsonNumber("id").longValue();
    assertEquals(404, MMG.get("/api/plans/" + next + "/fse").status(), "a draft is not sent");
  }

  private static long rehabilitationEnrolmentAfterUvm() {
    return CarePathways.rehabEnrolmentAfterUvm("IN_PRESENCE").enrolment();
  }

  /** The PAI's second version, with new objectives, approved; its id. */
  private static long updatedPai(long enrolment) {
    long id =
        approvedPlan(
            enrolment,
            "PAI",
            plan("[\"TELEREHABILITATION\"]", "[]", "")
                .replace("Stabilità del peso e dei sintomi", "Camminare 30 minuti al giorno"));
    assertEquals(2, MMG.get("/api/plans/" + id).object().getInt("planNumber"));
    return id;
  }

  private static JsonObject delivery(IrtClient client, long plan) {
    Answer answer = client.get("/api/plans/" + plan + "/fse");
    assertEquals(200, answer.status(), answer.body());
    return answer.object();
  }

  /** The plan's bundle identifier once the FSE took it. */
  private static String awaitDelivered(long plan) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      JsonObject delivery = delivery(MMG, plan);
      if (delivery.getString("status").equals("DELIVERED")) {
        assertEquals(plan, delivery.getJsonNumber("planId").longValue());
        return delivery.getString("bundleId");
      }
      Thread.sleep(500);
    }
    throw new AssertionError("plan " + plan + " was not delivered to the FSE in 30 s");
  }

  /** The bundle received whose identifier is {@code bundleId} (another may name it as replaced). */
  private static String bundleOf(List<String> bundles, String bundleId) {
    return bundles.stream()
        .filter(
            b ->
                Json.createReader(new StringReader(b))
                    .readObject()
                    .getJsonObject("identifier")
                    .getString("value")
                    .equals("urn:uuid:" + bundleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the FSE never received " + bundleId));
  }

  private static JsonObject composition(String bundle) {
    JsonObject first =
        Json.createReader(new StringReader(bundle))
            .readObject()
            .getJsonArray("entry")
            .getJsonObject(0)
            .getJsonObject("resource");
    assertEquals("Composition", first.getString("resourceType"));
    return first;
  }

  /** The text of the signed PDF the bundle carries (it has one signature). */
  private static String pdfText(String bundle) throws Exception {
    JsonObject reference =
        Json.createReader(new StringReader(bundle)).readObject().getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource"))
            .filter(r -> r.getString("resourceType").equals("DocumentReference"))
            .findFirst()
            .orElseThrow();
    byte[] pdf =
        Base64.getDecoder()
            .decode(
                reference
                    .getJsonArray("content")
                    .getJsonObject(0)
                    .getJsonObject("attachment")
                    .getString("data"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getSignatureDictionaries().size(), "signed");
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}

package it.lombardia.irt.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.uhn.fhir.context.FhirContext;
import it.lombardia.irt.application.monitoring.StoredObservation;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class ObservationResourcesTest {

  private static Observation received() {
    Observation o = new Observation();
    o.setId("client-id");
    o.getMeta().setVersionId("7").setLastUpdated(new Date(0)).addProfile("urn:profile");
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setSubject(new Reference().setReference("urn:uuid:vendor-patient").setDisplay("Rossi"));
    o.getDevice().getIdentifier().setSystem("urn:irt:device-serial").setValue("SN-1");
    o.addNote().setText("a digiuno");
    return o;
  }

  private static StoredObservation stored(String json) {
    return new StoredObservation(
        42, 3, Instant.parse("2026-12-05T10:00:00Z"), 7, 9L, "gateway", json, null);
  }

  @Test
  void keepsWhatTheClientSentButNotItsIdAndVersion() {
    String json =
        ObservationResources.asReceived(
            received(), new Measurement.Identifier("urn:irt:observation", "u-1"));
    Observation kept =
        FhirContext.forR4Cached().newJsonParser().parseResource(Observation.class, json);

    assertFalse(kept.hasId());
    assertFalse(kept.getMeta().hasVersionId() || kept.getMeta().hasLastUpdated());
    assertEquals("urn:profile", kept.getMeta().getProfile().get(0).getValue());
    assertEquals("a digiuno", kept.getNoteFirstRep().getText());
    assertEquals("u-1", kept.getIdentifierFirstRep().getValue());
  }

  @Test
  void servesTheServersIdVersionAndResolvedReferencesBesideWhatWasSent() {
    Observation served =
        ObservationResources.served(stored(ObservationResources.asReceived(received(), null)));

    assertEquals("Observation/42/_history/3", served.getIdElement().getValue());
    assertEquals("3", served.getMeta().getVersionId());
    assertEquals(
        Instant.parse("2026-12-05T10:00:00Z"), served.getMeta().getLastUpdated().toInstant());
    assertEquals("Patient/7", served.getSubject().getReference());
    assertEquals("Rossi", served.getSubject().getDisplay());
    assertEquals("Device/9", served.getDevice().getReference());
    assertEquals("SN-1", served.getDevice().getIdentifier().getValue());
  }

  @Test
  void keepsALiteralReferenceTheClientSent() {
    Observation sent = received();
    sent.getSubject().setReference("Patient/7");
    sent.getDevice().setReference("Device/9");

    Observation served =
        ObservationResources.served(stored(ObservationResources.asReceived(sent, null)));

    assertEquals("Patient/7", served.getSubject().getReference());
    assertEquals("Device/9", served.getDevice().getReference());
  }
}

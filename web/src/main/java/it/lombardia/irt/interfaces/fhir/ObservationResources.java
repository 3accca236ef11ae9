package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import it.lombardia.irt.application.monitoring.StoredObservation;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import java.util.Date;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * An Observation as IRT keeps it and serves it back: everything its sender sent (performer,
 * bodySite, method, interpretation, note, referenceRange, meta.profile, extensions, a panel's
 * components, the codings and the unit as sent), with the server's own elements — the id, {@code
 * meta.versionId}, {@code meta.lastUpdated} — and what IRT resolved: the identifier it gave a
 * resource sent without one, and the literal {@code Patient/{id}} and {@code Device/{id}} where the
 * sender named them otherwise (a codice fiscale, a serial number, a bundle's {@code urn:uuid:}).
 */
final class ObservationResources {

  private static final FhirContext R4 = FhirContext.forR4Cached();

  private ObservationResources() {}

  /**
   * The resource to keep, as compact JSON: as received, less the server's own elements (a client's
   * id and version are not IRT's), with {@code generated} as identifier if it came without one.
   */
  static String asReceived(Observation received, Measurement.Identifier generated) {
    Observation kept = received.copy();
    kept.setIdElement(null);
    kept.getMeta().setVersionIdElement(null).setLastUpdatedElement(null);
    if (kept.getMeta().isEmpty()) {
      kept.setMeta(null);
    }
    if (generated != null) {
      kept.addIdentifier().setSystem(generated.system()).setValue(generated.value());
    }
    return R4.newJsonParser().encodeResourceToString(kept);
  }

  /** A stored version as served: with its id, version and time, and the references IRT resolved. */
  static Observation served(StoredObservation stored) {
    Observation o;
    if (stored.json() == null) {
      o = ObservationMapping.observation(stored.reading());
    } else {
      // Written by IRT from a resource that passed strict parsing: nothing left to refuse here.
      IParser parser = R4.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
      o = parser.parseResource(Observation.class, stored.json());
      resolve(o.getSubject(), "Patient/" + stored.patientId());
      if (stored.deviceId() != null) {
        resolve(o.getDevice(), "Device/" + stored.deviceId());
      }
    }
    o.setIdElement(
        new IdType("Observation", String.valueOf(stored.id()), String.valueOf(stored.version())));
    o.getMeta()
        .setVersionId(String.valueOf(stored.version()))
        .setLastUpdated(Date.from(stored.lastUpdated()));
    return o;
  }

  /** Sets the literal reference where the sender gave none or one into its own bundle. */
  private static void resolve(Reference sent, String literal) {
    if (!sent.hasReference() || sent.getReference().startsWith("urn:")) {
      sent.setReference(literal);
    }
  }
}

package it.lombardia.irt.infrastructure.fse;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import it.lombardia.irt.domain.model.shared.Italy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Builds the HL7 FHIR R4 document Bundle of an {@link FseDocument}: the {@code Composition} first,
 * then the {@code Patient}, the author ({@code Practitioner}), the ASST as custodian ({@code
 * Organization}) and the signed PDF.
 *
 * <p>The PDF travels as a {@code DocumentReference} with the data inline, listed in a section coded
 * LOINC 77599-9, as HL7 Italia's telemedicine guides attach documents (the {@code allegati} section
 * of their compositions); a {@code DocumentReference}, unlike a bare {@code Binary}, also says
 * whose document it is and of which kind. The sections' text becomes XHTML narrative, escaped.
 *
 * <p>The output depends on the document alone: the Bundle identifier is {@code
 * urn:uuid:<documentId>}, each entry's {@code urn:uuid:} is derived from the document id and the
 * entry's role (never from the patient, so it reveals nothing), and the timestamps are the signing
 * time in Italian time. A document sent again is byte for byte the same. A document that replaces
 * another (a care plan's new version) says so in {@code Composition.relatesTo} ({@code replaces},
 * the earlier Bundle's identifier), which is how FHIR documents supersede one another.
 */
public final class FhirDocumentBundles {

  /** The patient's codice fiscale, as HL7 Italia's guides name it. */
  public static final String FISCAL_CODE_SYSTEM = "http://hl7.it/sid/codiceFiscale";

  /** IRT's namespace of user accounts. */
  public static final String USERNAME_SYSTEM = "https://www.regione.lombardia.it/irt/sid/username";

  /** IRT's namespace of tenants (ASSTs). */
  public static final String TENANT_SYSTEM = "https://www.regione.lombardia.it/irt/sid/tenant";

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final TimeZone ITALY = TimeZone.getTimeZone(Italy.ZONE);

  private FhirDocumentBundles() {}

  /** The document Bundle as compact JSON. */
  public static String toJson(FseDocument d) {
    return FHIR.newJsonParser().encodeResourceToString(toBundle(d));
  }

  private static Bundle toBundle(FseDocument d) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.DOCUMENT);
    bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + d.documentId());
    bundle.setTimestampElement(instant(d.createdAt()));
    add(bundle, d, "Composition", composition(d));
    add(bundle, d, "Patient", patient(d));
    add(bundle, d, "Practitioner", practitioner(d));
    add(bundle, d, "Organization", organization(d));
    add(bundle, d, "DocumentReference", signedPdf(d));
    return bundle;
  }

  private static void add(Bundle bundle, FseDocument d, String role, Resource resource) {
    String id = uuid(d, role);
    resource.setId(id);
    bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
  }

  private static Composition composition(FseDocument d) {
    Reference author = reference(d, "Practitioner");
    Composition composition =
        new Composition()
            .setStatus(Composition.CompositionStatus.FINAL)
            .setType(loinc(d.kind().loincCode(), d.kind().loincDisplay()))
            .setSubject(reference(d, "Patient"))
            .setDateElement(dateTime(d.createdAt()))
            .setTitle(d.title())
            .setCustodian(reference(d, "Organization"));
    composition.addAuthor(author);
    if (d.replacesDocumentId() != null) {
      composition
          .addRelatesTo()
          .setCode(Composition.DocumentRelationshipType.REPLACES)
          .setTarget(
              new Identifier()
                  .setSystem("urn:ietf:rfc:3986")
                  .setValue("urn:uuid:" + d.replacesDocumentId()));
    }
    composition
        .addAttester()
        .setMode(Composition.CompositionAttestationMode.LEGAL)
        .setTimeElement(dateTime(d.createdAt()))
        .setParty(author);
    for (FseDocument.Section section : d.sections()) {
      composition.addSection().setTitle(section.title()).setText(narrative(section.text()));
    }
    composition
        .addSection()
        .setTitle("Documento firmato")
        .setCode(loinc("77599-9", "Additional documentation"))
        .addEntry(reference(d, "DocumentReference"));
    return composition;
  }

  private static Patient patient(FseDocument d) {
    Patient patient = new Patient();
    patient.addIdentifier().setSystem(FISCAL_CODE_SYSTEM).setValue(d.patientFiscalCode());
    patient.addName().setFamily(d.patientFamilyName()).addGiven(d.patientGivenName());
    if (d.patientBirthDate() != null) {
      patient.setBirthDateElement(new DateType(d.patientBirthDate().toString()));
    }
    if (d.patientSex() != null) {
      patient.setGender(
          d.patientSex().equals("M") ? AdministrativeGender.MALE : AdministrativeGender.FEMALE);
    }
    return patient;
  }

  private static Practitioner practitioner(FseDocument d) {
    Practitioner practitioner = new Practitioner();
    practitioner.addIdentifier().setSystem(USERNAME_SYSTEM).setValue(d.authorUsername());
    practitioner.addName().setText(d.authorName());
    return practitioner;
  }

  private static Organization organization(FseDocument d) {
    Organization organization = new Organization().setName(d.tenantName());
    organization.addIdentifier().setSystem(TENANT_SYSTEM).setValue(d.tenantCode());
    return organization;
  }

  private static DocumentReference signedPdf(FseDocument d) {
    byte[] pdf = d.signedPdf();
    DocumentReference documentReference =
        new DocumentReference()
            .setStatus(DocumentReferenceStatus.CURRENT)
            .setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL)
            .setType(loinc(d.kind().loincCode(), d.kind().loincDisplay()))
            .setSubject(reference(d, "Patient"))
            .setDateElement(instant(d.createdAt()))
            .setCustodian(reference(d, "Organization"))
            .setDescription(d.title());
    documentReference.addAuthor(reference(d, "Practitioner"));
    documentReference
        .addContent()
        .setAttachment(
            new Attachment()
                .setContentType("application/pdf")
                .setData(pdf)
                .setSize(pdf.length)
                .setTitle(d.title()));
    return documentReference;
  }

  private static Narrative narrative(String text) {
    XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
    div.addTextWithLineBreaks(text);
    return new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
  }

  private static CodeableConcept loinc(String code, String display) {
    CodeableConcept concept = new CodeableConcept();
    concept.addCoding().setSystem(DocumentKind.LOINC).setCode(code).setDisplay(display);
    return concept;
  }

  private static InstantType instant(Instant instant) {
    return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, ITALY);
  }

  private static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, ITALY);
  }

  private static Reference reference(FseDocument d, String role) {
    return new Reference("urn:uuid:" + uuid(d, role));
  }

  /** A name-based UUID: the same for the same document and role, distinct across both. */
  private static String uuid(FseDocument d, String role) {
    return UUID.nameUUIDFromBytes((d.documentId() + "/" + role).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}

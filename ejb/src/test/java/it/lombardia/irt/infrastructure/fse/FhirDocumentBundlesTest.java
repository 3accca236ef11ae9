package it.lombardia.irt.infrastructure.fse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The JSON read back with HAPI is the document the FSE expects, and valid base R4. */
class FhirDocumentBundlesTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String DOCUMENT_ID = "0b6f6c1e-3f5a-4c1e-9a57-5d1c2b7e8f90";
  private static final byte[] PDF = "%PDF-1.7 signed".getBytes(StandardCharsets.US_ASCII);

  private static FseDocument document(String fiscalCode, String sectionText) {
    return new FseDocument(
        DOCUMENT_ID,
        "ASST-NIGUARDA",
        "ASST Grande Ospedale Metropolitano Niguarda",
        fiscalCode,
        "Rossi",
        "Mario",
        LocalDate.of(1950, 3, 12),
        "M",
        "niguarda.cardiologo",
        "Dr. Luca Bianchi",
        DocumentKind.TELEVISIT_REPORT,
        "Referto di Televisita",
        Instant.parse("2026-11-23T10:15:30Z"),
        List.of(
            new FseDocument.Section("Anamnesi", "Ipertensione da 10 anni."),
            new FseDocument.Section("Conclusioni", sectionText)),
        PDF,
        null);
  }

  private static Bundle parse(String json) {
    return FHIR.newJsonParser().parseResource(Bundle.class, json);
  }

  private static Resource resolve(Bundle bundle, Reference reference) {
    return bundle.getEntry().stream()
        .filter(entry -> entry.getFullUrl().equals(reference.getReference()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the bundle: " + reference.getReference()))
        .getResource();
  }

  @Test
  void theCompositionComesFirstAndReferencesPatientAuthorSectionsAndThePdf() {
    Bundle bundle = parse(FhirDocumentBundles.toJson(document("RSSMRA50C12F205X", "Stabile.")));

    assertEquals(Bundle.BundleType.DOCUMENT, bundle.getType());
    assertEquals("urn:uuid:" + DOCUMENT_ID, bundle.getIdentifier().getValue());
    Composition composition =
        assertInstanceOf(Composition.class, bundle.getEntryFirstRep().getResource());
    assertEquals(Composition.CompositionStatus.FINAL, composition.getStatus());
    assertEquals("http://loinc.org", composition.getType().getCodingFirstRep().getSystem());
    assertEquals("75496-0", composition.getType().getCodingFirstRep().getCode());
    assertEquals("Referto di Televisita", composition.getTitle());

    Patient patient = (Patient) resolve(bundle, composition.getSubject());
    assertEquals(
        FhirDocumentBundles.FISCAL_CODE_SYSTEM, patient.getIdentifierFirstRep().getSystem());
    assertEquals("RSSMRA50C12F205X", patient.getIdentifierFirstRep().getValue());
    assertEquals("Rossi", patient.getNameFirstRep().getFamily());
    assertEquals(AdministrativeGender.MALE, patient.getGender());

    Practitioner author = (Practitioner) resolve(bundle, composition.getAuthorFirstRep());
    assertEquals("niguarda.cardiologo", author.getIdentifierFirstRep().getValue());
    assertEquals("Dr. Luca Bianchi", author.getNameFirstRep().getText());

    List<Composition.SectionComponent> sections = composition.getSection();
    assertEquals(3, sections.size());
    assertEquals("Anamnesi", sections.get(0).getTitle());
    assertEquals("Ipertensione da 10 anni.", sections.get(0).getText().getDiv().allText());
    assertEquals("Conclusioni", sections.get(1).getTitle());

    Composition.SectionComponent pdfSection = sections.get(2);
    assertEquals("77599-9", pdfSection.getCode().getCodingFirstRep().getCode());
    DocumentReference pdf = (DocumentReference) resolve(bundle, pdfSection.getEntryFirstRep());
    Attachment attachment = pdf.getContentFirstRep().getAttachment();
    assertEquals("application/pdf", attachment.getContentType());
    assertArrayEquals(PDF, attachment.getData());
  }

  @Test
  void theSameDocumentBuiltTwiceIsTheSameBundle() {
    String first = FhirDocumentBundles.toJson(document("RSSMRA50C12F205X", "Stabile."));
    String second = FhirDocumentBundles.toJson(document("RSSMRA50C12F205X", "Stabile."));

    assertEquals(parse(first).getIdentifier().getValue(), parse(second).getIdentifier().getValue());
    assertEquals(first, second);
  }

  @Test
  void narrativeTextIsEscapedNotMarkup() {
    String text = "Valori <script>alert('x')</script> & \"ok\"\nda ricontrollare";
    String json = FhirDocumentBundles.toJson(document("RSSMRA50C12F205X", text));

    assertFalse(json.contains("<script>"), json);
    assertTrue(json.contains("&lt;script&gt;"), json);
    Composition composition = (Composition) parse(json).getEntryFirstRep().getResource();
    assertTrue(composition.getSection().get(1).getText().getDiv().allText().contains("<script>"));
  }

  @Test
  void aDocumentWithoutThePatientsFiscalCodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> document(null, "Stabile."));
    assertThrows(IllegalArgumentException.class, () -> document("  ", "Stabile."));
  }

  @Test
  void theBundleIsValidBaseR4() {
    assertEquals(List.of(), errors(document("RSSMRA50C12F205X", "Stabile.")));
  }

  private static List<String> errors(FseDocument document) {
    String json = FhirDocumentBundles.toJson(document);
    return FHIR
        .newValidator()
        .registerValidatorModule(new FhirInstanceValidator(FHIR))
        .validateWithResult(json)
        .getMessages()
        .stream()
        .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(FhirDocumentBundlesTest::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }

  @Test
  void aNewPlanVersionReplacesThePreviousDocumentByItsBundleIdentifier() {
    String previous = "6a1f4c2e-1b7d-4e0a-8c3f-2d9e5b4a7c10";
    FseDocument d = document("RSSMRA50C12F205X", "Stabile.");
    FseDocument plan =
        new FseDocument(
            d.documentId(),
            d.tenantCode(),
            d.tenantName(),
            d.patientFiscalCode(),
            d.patientFamilyName(),
            d.patientGivenName(),
            d.patientBirthDate(),
            d.patientSex(),
            d.authorUsername(),
            d.authorName(),
            DocumentKind.CARE_PLAN,
            "Piano di assistenza individuale (PAI) — versione 2",
            d.createdAt(),
            d.sections(),
            PDF,
            previous);
    Composition composition =
        (Composition) parse(FhirDocumentBundles.toJson(plan)).getEntryFirstRep().getResource();
    assertEquals("18776-5", composition.getType().getCodingFirstRep().getCode());
    assertEquals(1, composition.getRelatesTo().size());
    assertEquals(
        Composition.DocumentRelationshipType.REPLACES,
        composition.getRelatesToFirstRep().getCode());
    assertEquals(
        "urn:uuid:" + previous,
        composition.getRelatesToFirstRep().getTargetIdentifier().getValue());
    assertTrue(
        ((Composition) parse(FhirDocumentBundles.toJson(d)).getEntryFirstRep().getResource())
            .getRelatesTo()
            .isEmpty(),
        "a first document replaces nothing");
    assertEquals(List.of(), errors(plan));
  }
}

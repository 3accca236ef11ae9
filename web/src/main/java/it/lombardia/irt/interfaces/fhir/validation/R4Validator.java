package it.lombardia.irt.interfaces.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

/**
 * HAPI's instance validator over the R4 core package (base resources and types, the HL7 vital-signs
 * profiles, their value sets), with in-memory terminology (UCUM, BCP-47, MIME types and the value
 * sets that list their codes) and no network: a code system it does not hold, such as LOINC, is not
 * checked beyond what the profiles fix. Thread-safe; building it loads the whole core package
 * (seconds), so one is made per server.
 */
final class R4Validator {

  private final DefaultProfileValidationSupport core;
  private final ValidationSupportChain chain;
  private final FhirValidator validator;

  R4Validator(FhirContext fhir) {
    core = new DefaultProfileValidationSupport(fhir);
    chain =
        new ValidationSupportChain(
            core,
            new InMemoryTerminologyServerValidationSupport(fhir),
            new CommonCodeSystemsTerminologyService(fhir),
            new SnapshotGeneratingValidationSupport(fhir));
    FhirInstanceValidator instance = new FhirInstanceValidator(chain);
    // Advice such as "should have a narrative" or "a performer" is not the standard's requirement.
    instance.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
    // A gateway may declare the profile of a guide IRT does not hold (e.g. HL7 Italia's): a
    // warning, as FHIR lets a receiver ignore profiles it does not know.
    instance.setErrorForUnknownProfiles(false);
    validator = fhir.newValidator().setValidateAgainstStandardSchema(false);
    validator.setValidateAgainstStandardSchematron(false);
    validator.registerValidatorModule(instance);
  }

  /** Every message of the validator on {@code resource} against base R4 and {@code profiles}. */
  List<SingleValidationMessage> validate(Resource resource, Set<String> profiles) {
    ValidationOptions options = new ValidationOptions();
    profiles.forEach(options::addProfile);
    return validator.validateWithResult(resource, options).getMessages();
  }

  /**
   * Lets go of the loaded definitions: HAPI keeps the core package in a static map of its own
   * classes, which an undeployed application's class loader (held a while by the server's idle
   * threads) would otherwise keep in memory with it.
   */
  void close() {
    core.flush();
    chain.invalidateCaches();
  }
}

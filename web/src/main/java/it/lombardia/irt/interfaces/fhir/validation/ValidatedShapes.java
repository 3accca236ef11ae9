package it.lombardia.irt.interfaces.fhir.validation;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.r4.model.Resource;

/**
 * The instance validator behind a bounded cache of the {@link ResourceShape shapes} it found valid:
 * a resource of a known valid shape is valid without running it again (a full validation costs
 * milliseconds, a shape microseconds). Only valid shapes are kept: a refusal is always the
 * validator's own answer about the resource refused, never another resource's.
 */
final class ValidatedShapes {

  private static final Logger LOG = Logger.getLogger(ValidatedShapes.class.getName());

  private final R4Validator validator;
  private final Executor validatorThreads;
  private final Cache<String, Boolean> valid;
  private final LongAdder hits = new LongAdder();
  private final LongAdder validations = new LongAdder();

  /**
   * {@code validatorThreads} run the validator: its libraries leave thread-locals behind, which
   * must die with their threads rather than hold an undeployed application in the server's.
   */
  ValidatedShapes(R4Validator validator, Executor validatorThreads, long maximumShapes) {
    this.validator = validator;
    this.validatorThreads = validatorThreads;
    this.valid = Caffeine.newBuilder().maximumSize(maximumShapes).build();
  }

  /** The validator's errors (and fatal errors) on {@code resource}; none if it is valid. */
  List<SingleValidationMessage> errors(Resource resource) {
    String shape = ResourceShape.of(resource);
    if (valid.getIfPresent(shape) != null) {
      hits.increment();
      return List.of();
    }
    validations.increment();
    List<SingleValidationMessage> messages =
        CompletableFuture.supplyAsync(
                () -> validator.validate(resource, ApplicableProfiles.of(resource)),
                validatorThreads)
            .join();
    List<SingleValidationMessage> errors =
        messages.stream()
            .filter(
                m ->
                    m.getSeverity() == ResultSeverityEnum.ERROR
                        || m.getSeverity() == ResultSeverityEnum.FATAL)
            .toList();
    if (errors.isEmpty()) {
      valid.put(shape, Boolean.TRUE);
      // Warnings and information do not refuse: logged once per new shape, for who integrates.
      if (LOG.isLoggable(Level.FINE)) {
        messages.forEach(
            m -> LOG.fine(m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage()));
      }
    }
    return errors;
  }

  /** Resources found valid by their shape, without running the validator. */
  long hits() {
    return hits.sum();
  }

  /** Resources the validator ran on. */
  long validations() {
    return validations.sum();
  }

  /** Empties the cache and lets go of the validator's definitions (the application stops). */
  void close() {
    valid.invalidateAll();
    validator.close();
  }
}

package it.lombardia.irt.interfaces.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import it.lombardia.irt.application.InvalidInputException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Incoming resources checked by HAPI's instance validator against base R4, the profiles they
 * declare and, for vital signs, the HL7 vital-signs profile of their code ({@code
 * irt.fhir.validation}, on by default). An error refuses the resource (422, one issue per error
 * naming its element, nothing stored); warnings do not. Valid shapes are cached ({@code
 * irt.fhir.validation.cache-size} of them), so a gateway's readings are validated once per shape.
 *
 * <p>Loading the R4 core package takes seconds, so it starts with the application, in the
 * background; a resource arriving before it is ready waits for it.
 */
@ApplicationScoped
public class ResourceValidation {

  private static final Logger LOG = Logger.getLogger(ResourceValidation.class.getName());

  @Inject
  @ConfigProperty(name = "irt.fhir.validation", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "irt.fhir.validation.cache-size", defaultValue = "10000")
  long cacheSize;

  private volatile CompletableFuture<ValidatedShapes> shapes = new CompletableFuture<>();

  /**
   * The validator's own threads (not managed tasks: the server's layers have no concurrency
   * subsystem): they keep the deployment's class loader, and the thread-locals the validator's
   * libraries leave on them end with the application.
   */
  private ExecutorService validatorThreads;

  void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
    if (!enabled) {
      LOG.warning("FHIR resources are not validated (irt.fhir.validation=false)");
      return;
    }
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            2,
            2,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "irt-fhir-validator");
              thread.setDaemon(true);
              return thread;
            });
    // Idle, they end (and their thread-locals with them) even if the application is never told
    // it stops; a validation after that starts a new one.
    threads.allowCoreThreadTimeOut(true);
    validatorThreads = threads;
    CompletableFuture<ValidatedShapes> building = shapes;
    validatorThreads.execute(
        () -> {
          try {
            long start = System.nanoTime();
            R4Validator validator = new R4Validator(FhirContext.forR4Cached());
            Observation warmUp = warmUp();
            validator.validate(warmUp, ApplicableProfiles.of(warmUp));
            LOG.info("FHIR validator ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            building.complete(new ValidatedShapes(validator, validatorThreads, cacheSize));
          } catch (RuntimeException | LinkageError e) {
            if (threads.isShutdown()) {
              // Undeployed while building: the application's classes are gone, nothing is wrong.
              LOG.info("IRT stopped before the FHIR validator was built");
            } else {
              // Every create then answers 500 with this cause: it cannot be validated.
              LOG.log(Level.SEVERE, "The FHIR validator could not be built", e);
            }
            building.completeExceptionally(e);
          }
        });
  }

  /**
   * Stops the validator's threads and lets go of the validator: after an undeployment the server's
   * idle threads may hold the application's class loader for a while, and with it whatever its
   * objects still reach — hundreds of megabytes of definitions, were the validator among them.
   */
  @PreDestroy
  void stop() {
    if (validatorThreads != null) {
      validatorThreads.shutdownNow();
    }
    CompletableFuture<ValidatedShapes> built = shapes;
    shapes = CompletableFuture.failedFuture(new IllegalStateException("IRT is stopping"));
    built.thenAccept(ValidatedShapes::close);
  }

  /**
   * Refuses {@code resource} if the validator finds an error in it; {@code field} locates it in the
   * request ({@code Observation}, {@code Bundle.entry[3].resource}).
   */
  public void check(Resource resource, String field) {
    if (!enabled) {
      return;
    }
    List<SingleValidationMessage> errors = shapes.join().errors(resource);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.stream().map(e -> problem(e, resource.fhirType(), field)).toList());
    }
  }

  private static InvalidInputException.Problem problem(
      SingleValidationMessage error, String type, String field) {
    return new InvalidInputException.Problem(
        IssueLocation.of(error, type, field), "error.fhir.validation", error.getMessage());
  }

  /** A heart rate: loads the core package, the vital-signs profiles and UCUM. */
  private static Observation warmUp() {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .parseResource(
            Observation.class,
            """
            {"resourceType": "Observation", "status": "final",
             "category": [{"coding": [{"system":
               "http://terminology.hl7.org/CodeSystem/observation-category",
               "code": "vital-signs"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
             "subject": {"reference": "Patient/1"},
             "effectiveDateTime": "2026-01-01T08:00:00+01:00",
             "valueQuantity": {"value": 60, "unit": "/min",
               "system": "http://unitsofmeasure.org", "code": "/min"}}""");
  }
}

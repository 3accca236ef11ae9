package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.monitoring.GroupedIngestion;
import it.lombardia.irt.application.monitoring.IngestResult;
import it.lombardia.irt.application.monitoring.Measurements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/**
 * {@code Observation}: create (idempotent by identifier — a re-sent measurement answers 200 with
 * the stored one's id, a conditional create with {@code If-None-Exist} behaves the same; a sender's
 * concurrent creates are stored as a group, see {@link GroupedIngestion}), read, and search by
 * patient, code and date.
 */
@ApplicationScoped
public class ObservationProvider implements IResourceProvider {

  @Inject GroupedIngestion ingestion;
  @Inject Measurements measurements;

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Create
  public MethodOutcome create(
      @ResourceParam Observation observation, @ConditionalUrlParam String ifNoneExist) {
    List<IngestResult> results =
        ingestion.ingest(ObservationMapping.readings(observation, "Observation"));
    MethodOutcome outcome = new MethodOutcome(new IdType("Observation", results.get(0).id()));
    outcome.setCreated(results.stream().anyMatch(r -> r.outcome() == IngestResult.Outcome.CREATED));
    return outcome;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("Observation ids are numbers");
    }
    return ObservationMapping.observation(measurements.one(id.getIdPartAsLong()));
  }

  @Search
  public List<Observation> search(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_CODE) TokenParam code,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date) {
    if (!patient.getIdPart().matches("\\d{1,18}")) {
      throw new InvalidRequestException("patient must be Patient/{id}");
    }
    Instant from =
        date != null && date.getLowerBoundAsInstant() != null
            ? date.getLowerBoundAsInstant().toInstant()
            : Instant.EPOCH;
    Instant to =
        date != null && date.getUpperBoundAsInstant() != null
            ? date.getUpperBoundAsInstant().toInstant().plusMillis(1)
            : Instant.now().plusSeconds(3600);
    return measurements
        .of(Long.parseLong(patient.getIdPart()), code == null ? null : code.getValue(), from, to)
        .stream()
        .map(ObservationMapping::observation)
        .toList();
  }
}

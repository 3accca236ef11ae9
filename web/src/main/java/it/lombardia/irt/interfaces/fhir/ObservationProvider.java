package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateAndListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import it.lombardia.irt.application.monitoring.GroupedIngestion;
import it.lombardia.irt.application.monitoring.IngestResult;
import it.lombardia.irt.application.monitoring.Measurements;
import it.lombardia.irt.application.monitoring.ObservationMatches;
import it.lombardia.irt.application.monitoring.ObservationVersions;
import it.lombardia.irt.application.monitoring.Reading;
import it.lombardia.irt.application.monitoring.StoredObservation;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.interfaces.fhir.validation.ResourceValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;

/**
 * {@code Observation}: create (idempotent by identifier — a re-sent measurement answers 200 with
 * the stored one's id; a sender's concurrent creates are stored as a group, see {@link
 * GroupedIngestion}), read, vread and history (a correction is a new version of the resource; see
 * {@link ObservationResources} for what is served), and search by patient, code, component code,
 * combo code and date (paged, see {@link SearchPaging}).
 *
 * <p>A conditional create ({@code If-None-Exist}) may use {@code identifier=system|value}, {@code
 * patient} and {@code code} (LOINC): no match creates, one answers 200 with it, several 412. The
 * criteria being exactly the resource's own identifier is the idempotent create itself (a gateway
 * needs no search scope for it); any other criteria are a search, within what the caller may see.
 * {@code Prefer: return=representation} answers with the reading as stored, to its sender or to a
 * caller who may read it.
 */
@ApplicationScoped
public class ObservationProvider implements IResourceProvider {

  @Inject GroupedIngestion ingestion;
  @Inject Measurements measurements;
  @Inject ObservationMatches matches;
  @Inject ResourceValidation validation;
  @Inject ObservationVersions versions;
  @Inject SearchPaging paging;
  @Inject Clock clock;

  private static final Set<String> CONDITIONS =
      Set.of(Observation.SP_IDENTIFIER, Observation.SP_PATIENT, Observation.SP_CODE);

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Create
  public MethodOutcome create(
      @ResourceParam Observation observation,
      @ConditionalUrlParam String ifNoneExist,
      RequestDetails request) {
    List<Reading> readings = ObservationMapping.readings(observation, "Observation");
    validation.check(observation, "Observation");
    IfNoneExist condition = IfNoneExist.parse(ifNoneExist, CONDITIONS);
    if (condition != null && !condition.isOneOf(observation.getIdentifier())) {
      List<StoredObservation> found = versions.of(matching(condition));
      if (found.size() > 1) {
        throw condition.severalMatch(found.size());
      }
      if (found.size() == 1) {
        StoredObservation one = found.get(0);
        return answer(one.id(), one.version(), one.lastUpdated(), false, request);
      }
    }
    List<IngestResult> results = ingestion.ingest(readings);
    return answer(
        results.get(0).id(),
        results.get(0).version(),
        results.get(0).lastUpdated(),
        results.stream().anyMatch(r -> r.outcome() == IngestResult.Outcome.CREATED),
        request);
  }

  private MethodOutcome answer(
      long id, int version, Instant lastUpdated, boolean created, RequestDetails request) {
    IdType stored = new IdType("Observation", String.valueOf(id), String.valueOf(version));
    MethodOutcome outcome = new MethodOutcome(stored);
    outcome.setCreated(created);
    CreateAnswers.describe(outcome, stored.toUnqualifiedVersionless().getValue(), created);
    if (CreateAnswers.wantsRepresentation(request)) {
      versions.asStored(id).map(ObservationResources::served).ifPresent(outcome::setResource);
    }
    CreateAnswers.versioned(outcome, request, lastUpdated);
    return outcome;
  }

  private List<Measurement> matching(IfNoneExist condition) {
    String patient = condition.criteria().get(Observation.SP_PATIENT);
    String code = loincCode(condition.criteria().get(Observation.SP_CODE));
    List<Measurement> found;
    if (patient != null) {
      found =
          measurements.of(
              patientId(patient.replaceFirst("^Patient/", "")),
              code,
              Instant.EPOCH,
              clock.instant().plusSeconds(3600));
    } else if (condition.criteria().containsKey(Observation.SP_IDENTIFIER)) {
      Identifier wanted = condition.identifier();
      found = matches.withIdentifier(wanted.getSystem(), wanted.getValue());
    } else {
      throw new InvalidRequestException("If-None-Exist needs identifier or patient");
    }
    Identifier wanted =
        condition.criteria().containsKey(Observation.SP_IDENTIFIER) ? condition.identifier() : null;
    return found.stream()
        .filter(m -> code == null || m.cameCodedAs(code))
        .filter(
            m ->
                wanted == null
                    || (m.identifier().system().equals(wanted.getSystem())
                        && m.identifier().value().equals(wanted.getValue())))
        .toList();
  }

  /** A LOINC code from a {@code [system|]code} token; another system is refused, not ignored. */
  private static String loincCode(String token) {
    if (token == null) {
      return null;
    }
    int bar = token.indexOf('|');
    if (bar > 0 && !token.substring(0, bar).equals("http://loinc.org")) {
      throw new InvalidRequestException("If-None-Exist: code takes LOINC codes only");
    }
    return token.substring(bar + 1);
  }

  private static long patientId(String id) {
    if (!id.matches("\\d{1,18}")) {
      throw new InvalidRequestException("patient must be Patient/{id}");
    }
    return Long.parseLong(id);
  }

  /** Read, and vread ({@code Observation/{id}/_history/{vid}}). */
  @Read(version = true)
  public Observation read(@IdParam IdType id) {
    long resource = resourceId(id);
    if (!id.hasVersionIdPart()) {
      return ObservationResources.served(versions.latest(resource));
    }
    if (!id.isVersionIdPartValidLong()) {
      throw new ResourceNotFoundException(id);
    }
    return ObservationResources.served(
        versions.version(resource, (int) Math.min(Integer.MAX_VALUE, id.getVersionIdPartAsLong())));
  }

  /** The versions of one Observation, newest first: a correction is a new version. */
  @History
  public List<Observation> history(@IdParam IdType id) {
    return versions.history(resourceId(id)).stream().map(ObservationResources::served).toList();
  }

  private static long resourceId(IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("Observation ids are numbers");
    }
    return id.getIdPartAsLong();
  }

  /** Oldest first unless {@code _sort=-date}. */
  private static final SearchPaging.Sorting BY_DATE =
      new SearchPaging.Sorting(Observation.SP_DATE, false);

  /**
   * Observations by patient, code (the resource's own: a panel's such as 85354-9, or a single
   * reading's), component code, either ({@code combo-code}) and date, paged: each resource once, as
   * received, at its current version.
   */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = Observation.SP_COMPONENT_CODE) TokenOrListParam componentCode,
      @OptionalParam(name = Observation.SP_COMBO_CODE) TokenOrListParam comboCode,
      @OptionalParam(name = Observation.SP_DATE) DateAndListParam date,
      RequestDetails request) {
    PageRequest page = paging.page(request, BY_DATE);
    ResultPage<Measurement> readings =
        measurements.page(
            SearchCriteria.patientId(Observation.SP_PATIENT, patient),
            PanelSearch.codes(code, componentCode, comboCode),
            SearchCriteria.times(Observation.SP_DATE, date),
            page);
    return paging.answer(
        page,
        new ResultPage<>(versions.of(readings.items()), readings.total()),
        ObservationResources::served);
  }
}

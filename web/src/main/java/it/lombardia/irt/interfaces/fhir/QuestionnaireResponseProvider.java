package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.monitoring.AnsweredQuestionnaires;
import it.lombardia.irt.application.monitoring.IngestResult;
import it.lombardia.irt.application.monitoring.QuestionnaireIngestion;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.interfaces.fhir.validation.ResourceValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * {@code QuestionnaireResponse}: the answers to a plug-in questionnaire from a patient app or a
 * caregiver — create (idempotent by identifier, like observations), read, and search by patient. A
 * conditional create ({@code If-None-Exist}) may name only the response's own identifier, which the
 * idempotent create matches. {@code Prefer: return=OperationOutcome} is honoured; the stored
 * response is read back separately ({@code return=representation} answers as minimal).
 */
@ApplicationScoped
public class QuestionnaireResponseProvider implements IResourceProvider {

  @Inject QuestionnaireIngestion ingestion;
  @Inject AnsweredQuestionnaires answered;
  @Inject ResourceValidation validation;
  @Inject SearchPaging paging;

  @Override
  public Class<QuestionnaireResponse> getResourceType() {
    return QuestionnaireResponse.class;
  }

  @Create
  public MethodOutcome create(
      @ResourceParam QuestionnaireResponse response, @ConditionalUrlParam String ifNoneExist) {
    IfNoneExist condition =
        IfNoneExist.parse(ifNoneExist, Set.of(QuestionnaireResponse.SP_IDENTIFIER));
    if (condition != null && !condition.isOneOf(List.of(response.getIdentifier()))) {
      throw new InvalidRequestException(
          "If-None-Exist may name only the QuestionnaireResponse's own identifier");
    }
    var answers = QuestionnaireResponseMapping.answers(response, "QuestionnaireResponse");
    validation.check(response, "QuestionnaireResponse");
    IngestResult result = ingestion.submit(answers);
    MethodOutcome outcome = new MethodOutcome(new IdType("QuestionnaireResponse", result.id()));
    boolean created = result.outcome() == IngestResult.Outcome.CREATED;
    outcome.setCreated(created);
    CreateAnswers.describe(outcome, "QuestionnaireResponse/" + result.id(), created);
    return outcome;
  }

  @Read
  public QuestionnaireResponse read(@IdParam IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("QuestionnaireResponse ids are numbers");
    }
    return QuestionnaireResponseMapping.questionnaireResponse(answered.one(id.getIdPartAsLong()));
  }

  /** Newest first. */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    PageRequest page = paging.page(request, SearchPaging.Sorting.fixed(true));
    return paging.answer(
        page,
        answered.page(SearchCriteria.patientId(QuestionnaireResponse.SP_PATIENT, patient), page),
        QuestionnaireResponseMapping::questionnaireResponse);
  }
}

package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.enrolment.EnrolmentView;
import it.lombardia.irt.domain.model.network.Eligibility;
import java.util.List;

/** An enrolment with everything its steps produced, as the REST API shows it. */
public record EnrolmentViewJson(
    EnrolmentJson enrolment,
    List<Eligibility.Verdict> verdicts,
    List<SuitabilityAssessmentJson> assessments,
    List<ConsentJson> consents,
    UvmJson uvm,
    List<CarePlanJson> plans) {

  public static EnrolmentViewJson of(EnrolmentView view) {
    return new EnrolmentViewJson(
        EnrolmentJson.of(view.enrolment()),
        view.verdicts(),
        view.assessments().stream().map(SuitabilityAssessmentJson::of).toList(),
        view.consents().stream().map(ConsentJson::of).toList(),
        view.uvm() == null ? null : UvmJson.of(view.uvm()),
        view.plans().stream().map(CarePlanJson::of).toList());
  }
}

package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.domain.model.network.Eligibility;
import it.lombardia.irt.domain.model.plan.CarePlan;
import java.util.List;

/**
 * An enrolment with every step taken so far: the stored eligibility verdicts, the suitability of
 * each service, the consents, the UVM and the plans (newest version first).
 */
public record EnrolmentView(
    Enrolment enrolment,
    List<Eligibility.Verdict> verdicts,
    List<SuitabilityAssessment> assessments,
    List<Consent> consents,
    Uvm uvm,
    List<CarePlan> plans) {}

package it.lombardia.irt.application.plan;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.outcome.FseOutbox;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.application.report.TableReport;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PlanApproved;
import it.lombardia.irt.infrastructure.fse.FseDocument;
import it.lombardia.irt.infrastructure.signature.PadesSigner;
import it.lombardia.irt.infrastructure.signature.TenantSigningKeys;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every approved version of a PAI or PRI goes to the FSE (seed 003 §2.2, §2.1.1): a readable PDF,
 * signed (PAdES, the ASST's certificate) in the approver's name, queued in the FSE outbox in the
 * approval's own transaction — observed inside it, not after commit — so an approved plan never
 * lacks its document and a rolled-back approval never sends one.
 */
@ApplicationScoped
public class PlanDocuments {

  @PersistenceContext EntityManager em;
  @Inject NetworkCatalog catalog;
  @Inject CarePlans plans;
  @Inject UserDirectory users;
  @Inject TenantSigningKeys signingKeys;
  @Inject FseOutbox fse;

  void approved(@Observes PlanApproved event) {
    CarePlan plan = em.find(CarePlan.class, event.planId());
    Enrolment enrolment = em.find(Enrolment.class, plan.getEnrolmentId());
    Patient patient = em.find(Patient.class, plan.getPatientId());
    Actor approver = CallContext.requireActor();
    String title = PlanDocumentText.title(plan.getKind(), plan.getPlanNumber());
    List<PlanDocumentText.Section> sections =
        PlanDocumentText.sections(
            plan, pathway(enrolment), plans.protocol(enrolment), users::nameOf);
    byte[] pdf =
        PadesSigner.sign(
            report(title, patient, approver, sections).toPdf(),
            signingKeys.of(approver.tenantCode()),
            approver.fullName(),
            title,
            approver.tenantName(),
            plan.getApprovedAt());
    fse.enqueuePlan(
        plan,
        patient,
        approver,
        title,
        sections.stream().map(s -> new FseDocument.Section(s.title(), s.text())).toList(),
        pdf);
  }

  /**
   * Where a plan version's document stands on its way to the FSE, for those who may read the plan:
   * 404 for another ASST's plan and for a version not sent (a draft, or approved before V46).
   */
  public FseSubmission delivery(long planId) {
    plans.plan(planId);
    return fse.ofPlan(planId).orElseThrow(() -> new NotFoundException("FSE document", planId));
  }

  /** E.g. "Rete cardiologica — Scompenso cardiaco", at the version the enrolment follows. */
  private String pathway(Enrolment e) {
    NetworkDefinition network = catalog.definition(e.getNetworkId(), e.getNetworkVersion());
    return network.name().it()
        + " — "
        + network.conditions().stream()
            .filter(c -> c.id().equals(e.getConditionId()))
            .map(ConditionDefinition::name)
            .map(l -> l.it())
            .findFirst()
            .orElse(e.getConditionId());
  }

  private static TableReport report(
      String title, Patient patient, Actor approver, List<PlanDocumentText.Section> sections) {
    List<String> header = new ArrayList<>();
    header.add(approver.tenantName());
    header.add(RecordText.patient(patient));
    return new TableReport(
        title,
        header,
        List.of("Sezione", "Contenuto"),
        List.of(1f, 3f),
        sections.stream().map(s -> List.of(s.title(), s.text())).toList(),
        "IRT — Infrastruttura Regionale di Telemedicina — " + approver.tenantName());
  }
}

package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.consent.ConsentTexts;
import it.lombardia.irt.application.enrolment.ConsentForm;
import it.lombardia.irt.application.enrolment.EnrolmentView;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.enrolment.ProposalForm;
import it.lombardia.irt.application.enrolment.SuitabilityForm;
import it.lombardia.irt.application.enrolment.UvmForm;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.plan.CarePlans;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.domain.model.network.Eligibility;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.RolledOutServices;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrolment wizard: a proposal for a new enrolment, then one panel per step (suitability,
 * consents, UVM, plan, activation) with the state of every step shown. Each step is saved as it is
 * taken, so different professionals may take them on different days.
 */
@Named
@ViewScoped
public class EnrolmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps shown at the top of the page, in order. */
  public enum Step {
    PROPOSAL,
    SUITABILITY,
    CONSENT,
    UVM,
    PLAN,
    ACTIVE
  }

  /** A UVM participant row being edited. */
  public static class ParticipantRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String role;
    private boolean remote;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public boolean isRemote() {
      return remote;
    }

    public void setRemote(boolean remote) {
      this.remote = remote;
    }
  }

  @Inject EnrolmentWorkflow workflow;
  @Inject PatientRegistry registry;
  @Inject RolledOutServices rolledOut;
  @Inject NetworkCatalog catalog;
  @Inject CarePlans plans;
  @Inject ConsentTexts texts;
  @Inject HomeCareRecord record;
  @Inject Clock clock;

  private long id;
  private long patientId;
  private Patient patient;
  private EnrolmentView view;
  private List<NetworkSummary> networks = List.of();
  private final ProposalForm proposal = new ProposalForm();
  private final SuitabilityForm suitability = new SuitabilityForm();
  private final ConsentForm consent = new ConsentForm();
  private final UvmForm uvm = new UvmForm();
  private final List<ParticipantRow> participants = new ArrayList<>(List.of(new ParticipantRow()));
  private transient Part scan;
  private String reason;
  private List<CriterionFact> enrolledFacts;
  private HashMap<String, String> corrections;

  public void load() {
    if (consent.getKind() == null) {
      consent.setKind(ConsentText.Kind.CARE_PATHWAY);
      consent.setMethod(Consent.Method.DIGITAL);
      LocalDate today = LocalDate.now(clock);
      suitability.setReevaluateOn(today.plusMonths(6));
      uvm.setHeldOn(today);
    }
    try {
      if (id > 0) {
        view = workflow.view(id);
        patientId = view.enrolment().getPatientId();
        if (suitability.getService() == null) {
          suitability.setService(firstUnassessed());
        }
      } else {
        networks = catalog.visible();
      }
      patient = registry.open(patientId, RecordPart.PATHWAY);
    } catch (AccessDeniedException e) {
      FacesMessages.error("error.forbidden");
    } catch (NotFoundException e) {
      FacesMessages.error("error.notFound");
    }
  }

  public String propose() {
    Enrolment[] created = new Enrolment[1];
    boolean done =
        PageActions.attempt(
            () -> created[0] = workflow.propose(patientId, proposal), "enrolment.proposed");
    return done ? redirect(created[0].getId()) : null;
  }

  public void assessSuitability() {
    if (PageActions.attempt(
        () -> workflow.assessSuitability(id, suitability), "suitability.saved")) {
      view = workflow.view(id);
      suitability.setService(firstUnassessed());
    }
  }

  public void collectConsent() {
    boolean done =
        PageActions.attempt(
            () -> {
              if (consent.getMethod() == Consent.Method.SCANNED_FORM && scan != null) {
                consent.setDocumentId(
                    record
                        .addDocument(
                            patientId,
                            FacesMessages.text("consent.kind." + consent.getKind().name()),
                            scan.getContentType(),
                            read(scan))
                        .getId());
              }
              workflow.recordConsent(id, consent);
            },
            "consent.collected");
    consent.setDocumentId(null);
    if (done) {
      view = workflow.view(id);
    }
  }

  public void withdraw(long consentId) {
    if (PageActions.attempt(
        () -> workflow.withdrawConsent(id, consentId, reason), "consent.withdrawn")) {
      view = workflow.view(id);
    }
  }

  public void addParticipant() {
    participants.add(new ParticipantRow());
  }

  public void recordUvm() {
    uvm.setParticipants(
        participants.stream()
            .filter(p -> p.getName() != null && !p.getName().isBlank())
            .map(p -> new Uvm.Participant(p.getName().trim(), p.getRole(), p.isRemote()))
            .toList());
    if (PageActions.attempt(() -> workflow.recordUvm(id, uvm), "uvm.saved")) {
      view = workflow.view(id);
    }
  }

  public String draftPlan(CarePlan.Kind kind) {
    CarePlan[] draft = new CarePlan[1];
    boolean done = PageActions.attempt(() -> draft[0] = plans.draft(id, kind), null);
    return done ? "/app/patients/plan?faces-redirect=true&id=" + draft[0].getId() : null;
  }

  public void activate() {
    if (PageActions.attempt(() -> workflow.activate(id), "enrolment.activated")) {
      view = workflow.view(id);
    }
  }

  public void suspend() {
    if (PageActions.attempt(() -> workflow.suspend(id, reason), "enrolment.suspended")) {
      view = workflow.view(id);
    }
  }

  public void close() {
    if (PageActions.attempt(() -> workflow.close(id, reason), "enrolment.closed")) {
      view = workflow.view(id);
    }
  }

  /** done, current, pending or skipped, for the step bar. */
  public String stepStatus(Step step) {
    if (view == null) {
      return step == Step.PROPOSAL ? "current" : "pending";
    }
    Enrolment e = view.enrolment();
    int reached =
        switch (e.getState()) {
          case PROPOSED -> 1;
          case SUITABILITY_ASSESSED -> 2;
          case CONSENT_GIVEN -> e.uvmRequired() ? 3 : 4;
          case UVM_DONE -> 4;
          case PLAN_APPROVED -> 5;
          case ACTIVE, SUSPENDED, CLOSED -> 6;
        };
    if (step == Step.UVM && !e.uvmRequired()) {
      return "skipped";
    }
    int index = step.ordinal();
    return index < reached ? "done" : index == reached ? "current" : "pending";
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  /** The conditions of the chosen network. */
  public List<NetworkSummary.Condition> getConditions() {
    return networks.stream()
        .filter(n -> n.id().equals(proposal.getNetworkId()))
        .flatMap(n -> n.conditions().stream())
        .toList();
  }

  /** The facts the chosen condition's criteria need, each once, by type. */
  public List<CriterionFact> getFacts() {
    if (proposal.getNetworkId() == null || proposal.getConditionId() == null) {
      return List.of();
    }
    return protocol(proposal.getNetworkId(), null, proposal.getConditionId())
        .map(CriterionFact::of)
        .orElse(List.of());
  }

  /** The facts of the enrolment's protocol, at the version it was proposed under. */
  public List<CriterionFact> getEnrolledFacts() {
    if (enrolledFacts == null) {
      Enrolment e = view.enrolment();
      enrolledFacts =
          protocol(e.getNetworkId(), e.getNetworkVersion(), e.getConditionId())
              .map(CriterionFact::of)
              .orElse(List.of());
    }
    return enrolledFacts;
  }

  /** The facts being corrected, starting from those recorded. */
  public Map<String, String> getCorrections() {
    if (corrections == null) {
      corrections = new HashMap<>();
      view.verdicts().stream()
          .filter(v -> v.actual() != null)
          .forEach(v -> corrections.putIfAbsent(v.fact(), v.actual()));
    }
    return corrections;
  }

  /** The proposer corrects the facts of a proposed enrolment; the criteria are evaluated again. */
  public void correctFacts() {
    if (PageActions.attempt(
        () -> workflow.reevaluateEligibility(id, corrections), "enrolment.factsCorrected")) {
      view = workflow.view(id);
      corrections = null;
    }
  }

  /** One criterion's verdict for the patient: ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE. */
  public String verdict(Eligibility.Verdict v) {
    return v.outcome() == Eligibility.Outcome.UNKNOWN
        ? Eligibility.Decision.INCOMPLETE.name()
        : v.passes()
            ? Eligibility.Decision.ELIGIBLE.name()
            : Eligibility.Decision.NOT_ELIGIBLE.name();
  }

  private java.util.Optional<Protocol> protocol(String network, String version, String condition) {
    return catalog.definition(network, version).conditions().stream()
        .filter(c -> c.id().equals(condition))
        .findFirst()
        .map(ConditionDefinition::protocol);
  }

  public void networkChanged() {
    proposal.setConditionId(null);
    proposal.getFacts().clear();
  }

  public List<TelemedicineService> getAllServices() {
    return rolledOut.only(List.of(TelemedicineService.values()));
  }

  public boolean isRehabilitation() {
    return view != null
        && view.enrolment().getServices().contains(TelemedicineService.TELEREHABILITATION);
  }

  public List<TelemedicineService> getEnrolledServices() {
    return view == null ? List.of() : List.copyOf(view.enrolment().getServices());
  }

  /** The text the patient is shown for the consent being collected, and the privacy notice. */
  public ConsentText getConsentText() {
    return consent.getKind() == null
        ? null
        : texts.current(consent.getKind(), consent.getLanguage());
  }

  public ConsentText getPrivacyNotice() {
    return texts.current(ConsentText.Kind.PRIVACY_NOTICE, consent.getLanguage());
  }

  public ConsentText text(long textId) {
    return texts.byId(textId);
  }

  public List<ConsentText.Kind> getConsentKinds() {
    return List.of(ConsentText.Kind.CARE_PATHWAY, ConsentText.Kind.TELEMEDICINE);
  }

  private TelemedicineService firstUnassessed() {
    var services = EnumSet.copyOf(view.enrolment().getServices());
    view.assessments().forEach(a -> services.remove(a.getService()));
    return services.isEmpty()
        ? view.enrolment().getServices().iterator().next()
        : services.iterator().next();
  }

  private static byte[] read(Part part) {
    try (var in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String redirect(long enrolmentId) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/patients/enrolment?faces-redirect=true&id=" + enrolmentId;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public Patient getPatient() {
    return patient;
  }

  public EnrolmentView getView() {
    return view;
  }

  public List<NetworkSummary> getNetworks() {
    return networks;
  }

  public ProposalForm getProposal() {
    return proposal;
  }

  public SuitabilityForm getSuitability() {
    return suitability;
  }

  public ConsentForm getConsent() {
    return consent;
  }

  public UvmForm getUvm() {
    return uvm;
  }

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public Part getScan() {
    return scan;
  }

  public void setScan(Part scan) {
    this.scan = scan;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

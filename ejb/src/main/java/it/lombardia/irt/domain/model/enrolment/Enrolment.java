package it.lombardia.irt.domain.model.enrolment;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.ServiceSetConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A patient taken in charge for one condition of a clinical network (seed 003 §2.1), and the state
 * of that taking in charge. The steps follow one another: proposed → suitability assessed → consent
 * given → [UVM] → plan approved → active ⇄ suspended, and closed from anywhere with a reason. The
 * enrolment follows the network version the ASST followed when the patient was proposed.
 */
@Entity
@Table(name = "enrolment")
@Audited
public class Enrolment extends TenantOwnedEntity {

  /** Where the proposal comes from. */
  public enum Origin {
    /** From the home setting: MMG/PLS, specialist, IFeC, optionally through the COT/ADI centre. */
    HOME,
    /** "Dimissione protetta": from a hospital ward at discharge, through the COT. */
    PROTECTED_DISCHARGE
  }

  /** The steps of the taking in charge, in order. */
  public enum State {
    PROPOSED,
    SUITABILITY_ASSESSED,
    CONSENT_GIVEN,
    UVM_DONE,
    PLAN_APPROVED,
    ACTIVE,
    SUSPENDED,
    CLOSED
  }

  /** What activation needs, gathered by the workflow from the consents, the UVM and the plans. */
  public record Readiness(
      boolean carePathwayConsent,
      Set<TelemedicineService> consentedServices,
      boolean uvmRecorded,
      boolean paiApproved,
      boolean priApproved) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "network_id", nullable = false, updatable = false, length = 60)
  private String networkId;

  @Column(name = "condition_id", nullable = false, updatable = false, length = 60)
  private String conditionId;

  /** The plug-in version the pathway follows; care plans take their protocol from it. */
  @Column(name = "network_version", nullable = false, length = 30)
  private String networkVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Origin origin;

  /** The COT or ADI operator the proposal went through, if any. */
  @Column(name = "referred_via", length = 80)
  private String referredVia;

  @Column(name = "discharge_ward", length = 200)
  private String dischargeWard;

  @Column(name = "discharge_date")
  private LocalDate dischargeDate;

  @Convert(converter = ServiceSetConverter.class)
  @Column(nullable = false, length = 400)
  private Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);

  /** Complex or multi-professional case: a UVM is required (seed 003 §2.1.2). */
  @Column(name = "complex_case", nullable = false)
  private boolean complexCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private State state = State.PROPOSED;

  @Column(name = "state_reason", length = 1000)
  private String stateReason;

  @Column(name = "eligibility_decision", nullable = false, length = 20)
  private String eligibilityDecision;

  /** Every criterion's verdict at proposal time, as JSON, so the reasons stay readable later. */
  @Column(name = "eligibility_json", nullable = false, length = 100000)
  private String eligibilityJson;

  @Column(name = "proposed_by", nullable = false, updatable = false, length = 80)
  private String proposedBy;

  @NotAudited
  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Version @NotAudited private long version;

  protected Enrolment() {}

  public Enrolment(
      Long patientId,
      String networkId,
      String conditionId,
      String networkVersion,
      Set<TelemedicineService> services,
      String proposedBy,
      Instant now) {
    require(
        services != null && !services.isEmpty(),
        "error.enrolment.services",
        "choose at least one telemedicine service");
    this.patientId = patientId;
    this.networkId = networkId;
    this.conditionId = conditionId;
    this.networkVersion = networkVersion;
    this.services = EnumSet.copyOf(services);
    this.origin = Origin.HOME;
    this.proposedBy = proposedBy;
    this.proposedAt = now;
  }

  /** From home; {@code centreOperator} is the COT/ADI operator it went through, or null. */
  public void fromHome(String centreOperator) {
    this.origin = Origin.HOME;
    this.referredVia = centreOperator;
  }

  /** A protected discharge always goes through the COT and names the ward and the day. */
  public void fromProtectedDischarge(String cotOperator, String ward, LocalDate dischargeDate) {
    require(
        cotOperator != null && ward != null && !ward.isBlank() && dischargeDate != null,
        "error.enrolment.discharge",
        "a protected discharge names the COT operator, the ward and the discharge date");
    this.origin = Origin.PROTECTED_DISCHARGE;
    this.referredVia = cotOperator;
    this.dischargeWard = ward.trim();
    this.dischargeDate = dischargeDate;
  }

  public void recordEligibility(String decision, String verdictsJson) {
    this.eligibilityDecision = decision;
    this.eligibilityJson = verdictsJson;
  }

  public void markComplexCase(boolean complex) {
    this.complexCase = complex;
  }

  /** Tele-rehabilitation always needs a UVM; so does a complex or multi-professional case. */
  public boolean uvmRequired() {
    return complexCase || services.contains(TelemedicineService.TELEREHABILITATION);
  }

  /** The suitability of every requested service was assessed; all suitable moves on. */
  public void suitabilityAssessed(boolean allServicesSuitable) {
    requireOpen();
    if (state == State.PROPOSED || state == State.SUITABILITY_ASSESSED) {
      state = allServicesSuitable ? State.SUITABILITY_ASSESSED : State.PROPOSED;
    }
  }

  /** Both consents are now valid. */
  public void consentGiven() {
    requireOpen();
    require(
        state != State.PROPOSED,
        "error.enrolment.suitabilityFirst",
        "assess the suitability of every service before collecting the consents");
    if (state == State.SUITABILITY_ASSESSED) {
      state = State.CONSENT_GIVEN;
    }
  }

  public void uvmRecorded() {
    requireOpen();
    require(
        state != State.PROPOSED && state != State.SUITABILITY_ASSESSED,
        "error.enrolment.consentFirst",
        "collect the consents before the multidimensional evaluation (UVM)");
    if (state == State.CONSENT_GIVEN) {
      state = State.UVM_DONE;
    }
  }

  /** A plan version was approved; a revision of a running plan keeps the enrolment's state. */
  public void planApproved() {
    requireOpen();
    require(
        state.compareTo(State.CONSENT_GIVEN) >= 0,
        "error.enrolment.consentFirst",
        "collect the consents before approving the care plan");
    require(
        state != State.CONSENT_GIVEN || !uvmRequired(),
        "error.enrolment.uvmFirst",
        "this pathway requires a multidimensional evaluation (UVM) before the plan");
    if (state == State.CONSENT_GIVEN || state == State.UVM_DONE) {
      state = State.PLAN_APPROVED;
    }
  }

  /**
   * Starts (or resumes) the services. Refused without both consents covering every service, without
   * an approved PAI, and for tele-rehabilitation without UVM and PRI.
   */
  public void activate(Readiness r) {
    requireOpen();
    require(
        state == State.PLAN_APPROVED || state == State.SUSPENDED,
        "error.enrolment.notReady",
        "only an enrolment with an approved plan, or a suspended one, can be activated");
    require(
        r.carePathwayConsent(),
        "error.enrolment.noPathwayConsent",
        "the patient has not given a valid consent to the care pathway");
    require(
        r.consentedServices().containsAll(services),
        "error.enrolment.noTelemedicineConsent",
        "the patient has not given a valid consent to telemedicine for every service of the plan");
    require(
        !uvmRequired() || r.uvmRecorded(),
        "error.enrolment.noUvm",
        "this pathway requires a multidimensional evaluation (UVM)");
    require(r.paiApproved(), "error.enrolment.noPai", "the care plan (PAI) is not approved");
    require(
        !services.contains(TelemedicineService.TELEREHABILITATION) || r.priApproved(),
        "error.enrolment.noPri",
        "tele-rehabilitation requires an approved individual rehabilitation plan (PRI)");
    state = State.ACTIVE;
    stateReason = null;
  }

  public void suspend(String reason) {
    require(
        state == State.ACTIVE,
        "error.enrolment.notActive",
        "only active services can be suspended");
    state = State.SUSPENDED;
    stateReason = requireReason(reason);
  }

  /** The telemedicine consent was withdrawn: the services it covered stop at once. */
  public void telemedicineConsentWithdrawn(String reason) {
    if (state.compareTo(State.CONSENT_GIVEN) >= 0 && state != State.CLOSED) {
      state = State.SUSPENDED;
      stateReason = reason;
    }
  }

  public void close(String reason) {
    requireOpen();
    state = State.CLOSED;
    stateReason = requireReason(reason);
  }

  public boolean isActive() {
    return state == State.ACTIVE;
  }

  private void requireOpen() {
    require(state != State.CLOSED, "error.enrolment.closed", "the enrolment is closed");
  }

  private static String requireReason(String reason) {
    require(
        reason != null && reason.trim().length() >= 3 && reason.length() <= 1000,
        "error.enrolment.reason",
        "give the reason (3 to 1000 characters)");
    return reason.trim();
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getConditionId() {
    return conditionId;
  }

  public String getNetworkVersion() {
    return networkVersion;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getReferredVia() {
    return referredVia;
  }

  public String getDischargeWard() {
    return dischargeWard;
  }

  public LocalDate getDischargeDate() {
    return dischargeDate;
  }

  public Set<TelemedicineService> getServices() {
    return EnumSet.copyOf(services);
  }

  public boolean isComplexCase() {
    return complexCase;
  }

  public State getState() {
    return state;
  }

  public String getStateReason() {
    return stateReason;
  }

  public String getEligibilityDecision() {
    return eligibilityDecision;
  }

  public String getEligibilityJson() {
    return eligibilityJson;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }
}

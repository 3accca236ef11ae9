package it.lombardia.irt.application.patient;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.UnavailableException;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.CodiceFiscaleCheck;
import it.lombardia.irt.domain.model.patient.EmergencyAccess;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.domain.model.patient.SearchName;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.ana.AnaLookup;
import it.lombardia.irt.infrastructure.ana.AnaUnavailableException;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ASST's patients: registration (codice fiscale checked against the birth date and sex entered,
 * one patient per code), search, and opening a record — allowed only by {@link PatientAccessPolicy}
 * and logged whether allowed or not.
 */
@Stateless
public class PatientRegistry {

  private static final Role[] REGISTRARS = {Role.PHYSICIAN, Role.COT_OPERATOR, Role.ADI_OPERATOR};
  private static final Role[] CARE_ROLES = {
    Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL, Role.COT_OPERATOR, Role.ADI_OPERATOR
  };
  private static final Roles CARE = Roles.of(CARE_ROLES[0], CARE_ROLES);

  /** Matches read before the access rule is applied, and results shown after it. */
  private static final int SEARCH_CANDIDATES = 2000;

  private static final int SEARCH_RESULTS = 50;

  /** People in the care, and API clients within their scopes (the FHIR API checks them). */
  private static final Roles READERS = Roles.of(Role.API_CLIENT, CARE_ROLES);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject PatientAccessLog accessLog;
  @Inject PatientAccessPolicy policy;
  @Inject UserDirectory users;
  @Inject AnaLookup ana;

  @Inject
  @ConfigProperty(name = "irt.patient.break-glass-minutes", defaultValue = "60")
  int breakGlassMinutes;

  public Patient register(PatientForm form) {
    Actor actor = Guard.requireAnyRole(REGISTRARS);
    validator.check(form);
    LocalDate today = LocalDate.now(clock);
    CodiceFiscaleCheck check = CodiceFiscaleCheck.of(form.getCodiceFiscale(), null, null, today);
    CodiceFiscaleRefusal.requireValid(check);
    CodiceFiscale cf = CodiceFiscale.parse(check.code());
    if (!cf.birthDate(today).map(form.getBirthDate()::equals).orElse(false)) {
      throw InvalidInputException.of(
          "birthDate",
          "error.patient.cf.birthDate",
          "the birth date does not match the codice fiscale");
    }
    if (cf.sex() != form.getSex().charAt(0)) {
      throw InvalidInputException.of(
          "sex", "error.patient.cf.sex", "the sex does not match the codice fiscale");
    }
    if (!em.createQuery("select p.id from Patient p where p.codiceFiscale = :cf", Long.class)
        .setParameter("cf", cf.value())
        .getResultList()
        .isEmpty()) {
      throw InvalidInputException.of(
          "codiceFiscale",
          "error.patient.duplicate",
          "a patient with this codice fiscale is registered already");
    }
    Patient patient =
        new Patient(
            cf,
            form.getGivenName().trim(),
            form.getFamilyName().trim(),
            form.getBirthDate(),
            form.getSex(),
            requestingPhysician(actor, form),
            clock.instant());
    patient.registeredBy(actor.name());
    patient.setBirthPlace(
        form.getBirthPlace() == null || form.getBirthPlace().isBlank()
            ? check.place().displayName()
            : form.getBirthPlace());
    patient.setResidenceMunicipality(form.getResidenceMunicipality());
    patient.setDisadvantagedArea(form.isDisadvantagedArea());
    patient.setPhone(form.getPhone());
    patient.setEmail(form.getEmail());
    patient.setGeneralPractitioner(form.getGeneralPractitioner());
    em.persist(patient);
    return patient;
  }

  /**
   * The caller's "my patients": those they proposed or cares for by name — and, for COT and ADI
   * operators, those whose pathway involves their centre or whom they registered — newest first for
   * operators (at most 200).
   */
  public List<Patient> worklist() {
    Actor actor = Guard.requireAnyRole(CARE_ROLES);
    boolean operator = actor.hasRole(Role.COT_OPERATOR) || actor.hasRole(Role.ADI_OPERATOR);
    if (operator) {
      Set<Long> reachable = new HashSet<>(policy.patientsReachableBy(actor));
      reachable.addAll(
          em.createQuery("select p.id from Patient p where p.registeredBy = :me", Long.class)
              .setParameter("me", actor.name())
              .getResultList());
      List<Long> newest = reachable.stream().sorted(Comparator.reverseOrder()).limit(200).toList();
      return newest.isEmpty()
          ? List.of()
          : em.createQuery(
                  "select p from Patient p where p.id in :ids order by p.id desc", Patient.class)
              .setParameter("ids", newest)
              .getResultList();
    }
    Set<Long> team = new HashSet<>(policy.patientsInTheCareOf(actor));
    team.add(-1L); // never an empty IN list
    return em.createQuery(
            "select p from Patient p where p.requestingPhysician = :me or p.id in :team"
                + " order by p.familyName, p.givenName",
            Patient.class)
        .setParameter("me", actor.name())
        .setParameter("team", team)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * Patients the caller may open (the rule of {@link #open}, identity part) whose codice fiscale or
   * name holds every term of {@code query}: surname and name in either order, any case, accents and
   * apostrophes ignored ({@link SearchName}); at most {@value #SEARCH_RESULTS}, each logged as
   * read.
   */
  public List<Patient> search(String query) {
    Guard.requireAnyRole(CARE_ROLES);
    List<String> terms = SearchName.terms(query);
    if (String.join("", terms).length() < 2) {
      throw InvalidInputException.of(
          "q", "error.patient.query", "type at least 2 characters of a name or codice fiscale");
    }
    StringBuilder jpql = new StringBuilder("select p from Patient p where 1 = 1");
    for (int i = 0; i < terms.size(); i++) {
      jpql.append(" and (p.searchName like :t%d or p.codiceFiscale like :t%d)".formatted(i, i));
    }
    TypedQuery<Patient> matches =
        em.createQuery(jpql + " order by p.familyName, p.givenName, p.id", Patient.class)
            .setMaxResults(SEARCH_CANDIDATES);
    for (int i = 0; i < terms.size(); i++) {
      matches.setParameter("t" + i, "%" + terms.get(i) + "%");
    }
    return policy.readableAmong(matches.getResultList(), RecordPart.IDENTITY).stream()
        .limit(SEARCH_RESULTS)
        .toList();
  }

  /**
   * Opens {@code part} of a record; every attempt is logged, and a refusal is a 403 (another ASST's
   * patient a 404).
   */
  public Patient open(long id, RecordPart part) {
    return policy.requireToRead(id, part, READERS);
  }

  /**
   * Whether the caller reaches {@code part} of the patient's record now (in the care, involved, or
   * through an emergency access), so that a page shows only the parts it may; nothing is read.
   */
  public boolean reaches(long id, RecordPart part) {
    Actor actor = CallContext.requireActor();
    return policy.mayOpen(actor, policy.find(id), part) || policy.hasEmergencyAccess(actor, id);
  }

  /** Opens a patient's identity as FHIR {@code Patient/{id}} (an API client needs Patient.r). */
  public Patient openIdentity(long id) {
    Guard.requireScope("Patient", 'r');
    return open(id, RecordPart.IDENTITY);
  }

  /** Opens the identity of the patient with codice fiscale {@code cf}, like {@link #open}. */
  public Optional<Patient> openByCodiceFiscale(String cf) {
    Guard.requireScope("Patient", 's');
    return em.createQuery("select p.id from Patient p where p.codiceFiscale = :cf", Long.class)
        .setParameter("cf", cf.toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(id -> open(id, RecordPart.IDENTITY));
  }

  /**
   * The patient's "who accessed my data" report, for whoever may open the record and the ASST
   * administrator.
   */
  public List<PatientAccess> accesses(long id) {
    Actor actor = Guard.requireAny(Roles.of(Role.TENANT_ADMIN, CARE_ROLES));
    Patient patient = policy.find(id);
    if (!actor.hasRole(Role.TENANT_ADMIN)
        && !policy.mayOpen(actor, patient, RecordPart.IDENTITY)
        && !policy.hasEmergencyAccess(actor, id)) {
      throw new AccessDeniedException(
          actor.name() + " may not read the access log of patient " + id);
    }
    return accessLog.of(id);
  }

  /**
   * "Break the glass": a clinician outside the care, or a COT/ADI operator beyond the identity and
   * pathway of the patients their centre works for, opens the whole record in an emergency, with a
   * reason. The access lasts {@code irt.patient.break-glass-minutes} and is flagged for the ASST's
   * review.
   */
  public EmergencyAccess breakTheGlass(long id, String reason) {
    Actor actor = Guard.requireAnyRole(CARE_ROLES);
    Patient patient = policy.find(id);
    if (reason == null || reason.trim().length() < 10 || reason.length() > 1000) {
      throw InvalidInputException.of(
          "reason",
          "error.patient.breakGlass.reason",
          "state the emergency in 10 to 1000 characters");
    }
    EmergencyAccess access =
        new EmergencyAccess(
            patient.getId(),
            actor.name(),
            reason.trim(),
            clock.instant(),
            Duration.ofMinutes(breakGlassMinutes));
    em.persist(access);
    return access;
  }

  /** Emergency accesses the ASST has not reviewed yet, oldest first. */
  public List<EmergencyAccess> unreviewedEmergencyAccesses() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return em.createQuery(
            "select e from EmergencyAccess e where e.reviewedAt is null order by e.grantedAt",
            EmergencyAccess.class)
        .getResultList();
  }

  public EmergencyAccess review(long emergencyAccessId) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    EmergencyAccess access = em.find(EmergencyAccess.class, emergencyAccessId);
    if (access == null) {
      throw new NotFoundException("Emergency access", emergencyAccessId);
    }
    access.markReviewed(admin.name(), clock.instant());
    return access;
  }

  /** Adds a caregiver to a patient the caller may open. */
  public Caregiver addCaregiver(long patientId, CaregiverForm form) {
    Patient patient = policy.requireToChange(patientId, RecordPart.IDENTITY, CARE);
    validator.check(form);
    if (form.getTrainedOn() != null && form.getTrainedOn().isAfter(LocalDate.now(clock))) {
      throw InvalidInputException.of(
          "trainedOn", "error.caregiver.trainedOn", "the training date cannot be in the future");
    }
    Caregiver caregiver =
        new Caregiver(patient.getId(), form.getFullName().trim(), form.getRelationship().trim());
    caregiver.setPhone(form.getPhone());
    caregiver.setEmail(form.getEmail());
    caregiver.trainedOn(form.getTrainedOn());
    em.persist(caregiver);
    return caregiver;
  }

  /** The caregivers of a patient whose record the caller has just opened. */
  public List<Caregiver> caregivers(long patientId) {
    Patient patient = policy.requireToRead(patientId, RecordPart.IDENTITY, CARE);
    return em.createQuery(
            "select c from Caregiver c where c.patientId = :p order by c.fullName", Caregiver.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** Whether registration can look patients up in the national registry (ANA). */
  public boolean nationalRegistryEnabled() {
    return ana.enabled();
  }

  /**
   * The national registry's (ANA) record of a codice fiscale, to prefill and check a registration;
   * 503 when the lookup is switched off ({@code irt.ana.enabled}) or ANA does not answer.
   */
  public Optional<AnaRecord> lookUpNationalRegistry(String codiceFiscale) {
    Guard.requireAnyRole(REGISTRARS);
    if (!ana.enabled()) {
      throw new UnavailableException("the national registry (ANA) lookup is not enabled");
    }
    try {
      return ana.lookup(CodiceFiscale.parse(codiceFiscale).value());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("codiceFiscale", "error.patient.cf", e.getMessage());
    } catch (AnaUnavailableException e) {
      throw new UnavailableException(e.getMessage());
    }
  }

  /** A physician proposes for themselves; an operator names a physician of the same ASST. */
  private String requestingPhysician(Actor actor, PatientForm form) {
    if (actor.hasRole(Role.PHYSICIAN)
        && (form.getRequestingPhysician() == null || form.getRequestingPhysician().isBlank())) {
      return actor.name();
    }
    String name = form.getRequestingPhysician();
    boolean physician =
        users.find(name).filter(u -> u.getRoles().contains(Role.PHYSICIAN)).isPresent();
    if (!physician) {
      throw InvalidInputException.of(
          "requestingPhysician",
          "error.patient.physician",
          "name the requesting physician (a physician of this ASST)");
    }
    return name;
  }
}

package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.application.RowLocks;
import it.lombardia.irt.domain.model.encounter.Attendance;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encounters in the database, through the container's persistence context: the tenant is
 * Hibernate's {@code @TenantId} (the token lookup runs at Region level), Envers audits the
 * encounters. The queries moved here unchanged from the use cases.
 */
@ApplicationScoped
public class JpaEncounterRepository implements EncounterRepository {

  private static final List<Encounter.State> OPEN =
      List.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS);

  @PersistenceContext EntityManager em;

  @Override
  public void add(Encounter encounter) {
    em.persist(encounter);
  }

  @Override
  public Optional<Encounter> find(long id) {
    return Optional.ofNullable(em.find(Encounter.class, id));
  }

  @Override
  public Optional<Encounter> locked(long id) {
    RowLocks.lock(em, "encounter", id);
    return find(id);
  }

  @Override
  public Map<Long, Long> openOnSlots(Collection<Long> slotIds) {
    Map<Long, Long> ids = new HashMap<>();
    if (!slotIds.isEmpty()) {
      em.createQuery(
              "select e.slotId, e.id from Encounter e where e.slotId in :s and e.state in :open",
              Object[].class)
          .setParameter("s", slotIds)
          .setParameter("open", OPEN)
          .getResultList()
          .forEach(r -> ids.put((Long) r[0], (Long) r[1]));
    }
    return ids;
  }

  @Override
  public List<Encounter> ofPatient(long patientId) {
    return em.createQuery(
            "select e from Encounter e where e.patientId = :p order by e.createdAt desc",
            Encounter.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Override
  public List<Encounter> openFor(String username) {
    return em.createQuery(
            "select distinct e from Encounter e left join EncounterParticipant p on p.encounter = e"
                + " where e.state in :open and (e.leadUsername = :u or p.username = :u)"
                + " order by e.createdAt",
            Encounter.class)
        .setParameter("u", username)
        .setParameter("open", OPEN)
        .getResultList();
  }

  @Override
  public long countNotCancelledOfPlan(long planId) {
    return em.createQuery(
            "select count(e) from Encounter e where e.carePlanId = :p and e.state <> :c",
            Long.class)
        .setParameter("p", planId)
        .setParameter("c", Encounter.State.CANCELLED)
        .getSingleResult();
  }

  @Override
  public long countOfPlan(
      long planId, TelemedicineService service, Collection<Encounter.State> states) {
    return em.createQuery(
            "select count(e) from Encounter e where e.carePlanId = :p and e.service = :s"
                + " and e.state in :states",
            Long.class)
        .setParameter("p", planId)
        .setParameter("s", service)
        .setParameter("states", states)
        .getSingleResult();
  }

  @Override
  public Optional<Encounter> latestCompletedOfPlan(long planId) {
    return em.createQuery(
            "select e from Encounter e where e.carePlanId = :p and e.state = :done"
                + " order by e.sessionNumber desc",
            Encounter.class)
        .setParameter("p", planId)
        .setParameter("done", Encounter.State.COMPLETED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hasFinalOutcome(long encounterId, Collection<OutcomeKind> kinds) {
    return em.createQuery(
                "select count(d) from OutcomeDocument d where d.encounterId = :e"
                    + " and d.status = :final and d.kind in :kinds",
                Long.class)
            .setParameter("e", encounterId)
            .setParameter("final", OutcomeDocument.Status.FINAL)
            .setParameter("kinds", kinds)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<OutcomeDocument> latestFinalOutcomeOfPlan(OutcomeKind kind, long planId) {
    return em.createQuery(
            "select d from OutcomeDocument d where d.kind = :k and d.status = :final"
                + " and d.encounterId in (select e.id from Encounter e where e.carePlanId = :p)"
                + " order by d.id desc",
            OutcomeDocument.class)
        .setParameter("k", kind)
        .setParameter("final", OutcomeDocument.Status.FINAL)
        .setParameter("p", planId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(InPersonDiagnosis diagnosis) {
    em.persist(diagnosis);
  }

  @Override
  public Optional<InPersonDiagnosis> diagnosis(long id) {
    return Optional.ofNullable(em.find(InPersonDiagnosis.class, id));
  }

  @Override
  public List<InPersonDiagnosis> diagnosesOf(long patientId) {
    return em.createQuery(
            "select d from InPersonDiagnosis d where d.patientId = :p order by d.diagnosedOn desc",
            InPersonDiagnosis.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Override
  public void add(Attendance stay) {
    em.persist(stay);
  }

  @Override
  public Optional<Attendance> openStay(long encounterId, String attendee) {
    return em.createQuery(
            "select a from Attendance a where a.encounterId = :e and a.attendee = :a"
                + " and a.leftAt is null",
            Attendance.class)
        .setParameter("e", encounterId)
        .setParameter("a", attendee)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Attendance> attendance(long encounterId) {
    return em.createQuery(
            "select a from Attendance a where a.encounterId = :e order by a.joinedAt",
            Attendance.class)
        .setParameter("e", encounterId)
        .getResultList();
  }

  @Override
  public void add(PatientLink link) {
    em.persist(link);
  }

  @Override
  public Optional<PatientLink> link(long id) {
    return Optional.ofNullable(em.find(PatientLink.class, id));
  }

  @Override
  public Optional<PatientLink> linkByToken(String tokenSha256) {
    return em.createQuery("select l from PatientLink l where l.tokenSha256 = :t", PatientLink.class)
        .setParameter("t", tokenSha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PatientLink> links(long encounterId) {
    return em.createQuery(
            "select l from PatientLink l where l.encounterId = :e order by l.createdAt",
            PatientLink.class)
        .setParameter("e", encounterId)
        .getResultList();
  }

  @Override
  public List<PatientLink> linksNotRevoked(long encounterId) {
    return em.createQuery(
            "select l from PatientLink l where l.encounterId = :e and l.revoked = false",
            PatientLink.class)
        .setParameter("e", encounterId)
        .getResultList();
  }

  @Override
  public void add(EncounterMessage message) {
    em.persist(message);
  }

  @Override
  public List<EncounterMessage> messages(long encounterId) {
    return em.createQuery(
            "select m from EncounterMessage m where m.encounterId = :e order by m.postedAt, m.id",
            EncounterMessage.class)
        .setParameter("e", encounterId)
        .getResultList();
  }

  @Override
  public List<EncounterMessage> messages(
      long encounterId, Collection<EncounterMessage.Kind> kinds) {
    return em.createQuery(
            "select m from EncounterMessage m where m.encounterId = :e and m.kind in :kinds"
                + " order by m.postedAt",
            EncounterMessage.class)
        .setParameter("e", encounterId)
        .setParameter("kinds", kinds)
        .getResultList();
  }

  @Override
  public void add(SatisfactionSurvey survey) {
    em.persist(survey);
  }

  @Override
  public Optional<SatisfactionSurvey> survey(long encounterId) {
    return em.createQuery(
            "select s from SatisfactionSurvey s where s.encounterId = :e", SatisfactionSurvey.class)
        .setParameter("e", encounterId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SatisfactionSurvey> surveysOffered(Instant from, Instant to) {
    return em.createQuery(
            "select s from SatisfactionSurvey s where s.createdAt >= :from and s.createdAt < :to",
            SatisfactionSurvey.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}

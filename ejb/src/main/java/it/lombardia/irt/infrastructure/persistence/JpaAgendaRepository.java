package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agendas and slots in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaAgendaRepository implements AgendaRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Agenda agenda) {
    em.persist(agenda);
  }

  @Override
  public Optional<Agenda> agenda(long id) {
    return Optional.ofNullable(em.find(Agenda.class, id));
  }

  @Override
  public List<Agenda> active() {
    return em.createQuery(
            "select a from Agenda a where a.active = true order by a.title", Agenda.class)
        .getResultList();
  }

  @Override
  public void add(Slot slot) {
    em.persist(slot);
  }

  @Override
  public List<Slot> slotsStarting(long agendaId, Instant from, Instant to) {
    return em.createQuery(
            "select s from Slot s where s.agendaId = :a and s.startsAt >= :from and s.startsAt < :to"
                + " order by s.startsAt",
            Slot.class)
        .setParameter("a", agendaId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Optional<Slot> slot(long id) {
    return Optional.ofNullable(em.find(Slot.class, id));
  }

  @Override
  public Optional<Slot> lockedSlot(long id) {
    return Optional.ofNullable(em.find(Slot.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Slot> bookedFor(long patientId) {
    return em.createQuery(
            "select s from Slot s where s.patientId = :p and s.status = :booked order by s.startsAt",
            Slot.class)
        .setParameter("p", patientId)
        .setParameter("booked", Slot.Status.BOOKED)
        .getResultList();
  }
}

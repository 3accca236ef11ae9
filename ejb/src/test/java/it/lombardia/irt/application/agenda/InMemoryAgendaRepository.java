package it.lombardia.irt.application.agenda;

import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.testing.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Agendas and slots in memory, numbered as the database would, for the booking rules' tests. */
final class InMemoryAgendaRepository implements AgendaRepository {

  final List<Agenda> agendas = new ArrayList<>();
  final List<Slot> slots = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void add(Agenda agenda) {
    agendas.add(numbered(agenda));
  }

  @Override
  public Optional<Agenda> agenda(long id) {
    return agendas.stream().filter(a -> a.getId() == id).findFirst();
  }

  @Override
  public List<Agenda> active() {
    return agendas.stream()
        .filter(Agenda::isActive)
        .sorted(Comparator.comparing(Agenda::getTitle))
        .toList();
  }

  @Override
  public void add(Slot slot) {
    slots.add(numbered(slot));
  }

  @Override
  public List<Slot> slotsStarting(long agendaId, Instant from, Instant to) {
    return slots.stream()
        .filter(s -> s.getAgendaId() == agendaId)
        .filter(s -> !s.getStartsAt().isBefore(from) && s.getStartsAt().isBefore(to))
        .sorted(Comparator.comparing(Slot::getStartsAt))
        .toList();
  }

  @Override
  public Optional<Slot> slot(long id) {
    return slots.stream().filter(s -> s.getId() == id).findFirst();
  }

  @Override
  public Optional<Slot> lockedSlot(long id) {
    return slot(id);
  }

  @Override
  public List<Slot> bookedFor(long patientId) {
    return slots.stream()
        .filter(s -> s.getStatus() == Slot.Status.BOOKED)
        .filter(s -> Long.valueOf(patientId).equals(s.getPatientId()))
        .sorted(Comparator.comparing(Slot::getStartsAt))
        .toList();
  }

  /** Gives the entity the next id, as the database's sequence does on persist. */
  private <T> T numbered(T entity) {
    return Ids.withId(entity, nextId++);
  }
}

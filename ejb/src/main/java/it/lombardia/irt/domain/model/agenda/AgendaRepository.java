package it.lombardia.irt.domain.model.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The ASST's agendas and their slots, as the booking rules read and keep them. */
public interface AgendaRepository {

  void add(Agenda agenda);

  Optional<Agenda> agenda(long id);

  /** The active agendas, by title. */
  List<Agenda> active();

  void add(Slot slot);

  /** An agenda's slots starting in {@code [from, to)}, earliest first. */
  List<Slot> slotsStarting(long agendaId, Instant from, Instant to);

  Optional<Slot> slot(long id);

  /** The slot, locked until the transaction ends: of two concurrent bookings exactly one wins. */
  Optional<Slot> lockedSlot(long id);

  /** The slots booked for a patient, earliest first. */
  List<Slot> bookedFor(long patientId);
}

package it.lombardia.irt.application.agenda;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.agenda.SlotBooked;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientRepository;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Agendas of the scheduled services (seed 003 §2.2): a professional opens slots; the owner, the
 * roles the agenda is open to and the COT/ADI operators (on the professional's behalf) book them
 * for a patient in their care who may receive the service now ({@link ServiceAvailability}: the
 * pathway has it active, or — televisit and consults — the patient consented to it without one; so
 * no booking without valid consent, nor past an overdue re-evaluation's grace period). A slot is
 * locked while it is booked: of two concurrent bookings exactly one wins.
 */
@Stateless
public class Agendas {

  private static final Set<TelemedicineService> SCHEDULED =
      EnumSet.of(
          TelemedicineService.TELEVISIT,
          TelemedicineService.TELECONSULT,
          TelemedicineService.HEALTH_TELECONSULTANCY,
          TelemedicineService.TELEASSISTANCE,
          TelemedicineService.TELEREHABILITATION,
          TelemedicineService.TELECONTROL);
  private static final Role[] OWNERS = {Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL};
  private static final Role[] BOOKERS = {
    Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL, Role.COT_OPERATOR, Role.ADI_OPERATOR
  };
  private static final int MAX_SLOTS_AT_ONCE = 200;

  @Inject AgendaRepository agendas;
  @Inject Clock clock;
  @Inject PatientRepository patients;
  @Inject PatientAccessPolicy policy;
  @Inject ServiceAvailability availability;
  @Inject ServiceRollout rollout;
  @Inject HomeCareRecord record;
  @Inject Event<SlotBooked> booked;

  /** A new agenda of the caller's for a scheduled service. */
  public Agenda create(TelemedicineService service, String title, Set<Role> openToRoles) {
    Actor actor = Guard.requireAnyRole(OWNERS);
    if (service == null || !SCHEDULED.contains(service)) {
      throw InvalidInputException.of(
          "service", "error.agenda.service", "an agenda is for a scheduled service");
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      throw InvalidInputException.of(
          "title", "error.agenda.title", "give the agenda a title (at most 200 characters)");
    }
    Set<Role> open = openToRoles == null ? Set.of() : openToRoles;
    if (open.stream().anyMatch(r -> r == Role.API_CLIENT || r == Role.REGION_ADMIN)) {
      throw InvalidInputException.of(
          "openToRoles", "error.agenda.openTo", "an agenda opens only to the ASST's professionals");
    }
    Agenda agenda = new Agenda(actor.name(), service, title.trim(), open, clock.instant());
    agendas.add(agenda);
    return agenda;
  }

  /** The agendas the caller owns or may book in. */
  public List<Agenda> visible() {
    Actor actor = Guard.requireAnyRole(BOOKERS);
    return agendas.active().stream()
        .filter(a -> a.bookableBy(actor.name(), actor.roles()))
        .toList();
  }

  /**
   * Opens {@code count} consecutive slots of {@code minutes} from {@code start} (Italian time);
   * refused if any overlaps a slot the agenda has.
   */
  public List<SlotView> openSlots(
      long agendaId, LocalDateTime start, int count, int minutes, Slot.Modality modality) {
    Agenda agenda = agenda(agendaId);
    Actor actor = Guard.requireAnyRole(OWNERS);
    if (!agenda.getOwnerUsername().equals(actor.name())) {
      throw new AccessDeniedException(actor.name() + " does not own agenda " + agendaId);
    }
    if (start == null || count < 1 || count > MAX_SLOTS_AT_ONCE || minutes < 5 || minutes > 240) {
      throw InvalidInputException.of(
          "slots",
          "error.agenda.slots",
          "give a start, 1 to " + MAX_SLOTS_AT_ONCE + " slots and 5 to 240 minutes each");
    }
    Instant from = start.atZone(Italy.ZONE).toInstant();
    Instant to = from.plus(Duration.ofMinutes((long) count * minutes));
    RuleViolation.require(
        from.isAfter(clock.instant()), "error.slot.past", "slots are opened in the future");
    boolean overlap =
        agendas.slotsStarting(agendaId, from.minus(Duration.ofHours(4)), to).stream()
            .anyMatch(s -> s.overlaps(from, to));
    RuleViolation.require(
        !overlap, "error.agenda.overlap", "the new slots overlap slots the agenda has");
    List<SlotView> opened = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant begins = from.plus(Duration.ofMinutes((long) i * minutes));
      Slot slot =
          new Slot(
              agendaId,
              begins,
              begins.plus(Duration.ofMinutes(minutes)),
              modality == null ? Slot.Modality.VIDEO : modality);
      agendas.add(slot);
      opened.add(SlotView.withoutDetails(slot));
    }
    return opened;
  }

  /**
   * An agenda's slots starting on the days {@code first} to {@code last}, both included (Italian
   * days), as the caller may see them: a booking's details only for the agenda's owner and the
   * people in the booked patient's care, to everyone else the slot is only busy. Refused when the
   * period ends before it starts.
   */
  public List<SlotView> slots(long agendaId, LocalDate first, LocalDate last) {
    Actor actor = Guard.requireAnyRole(BOOKERS);
    Agenda agenda = bookable(agendaId, actor);
    if (first == null || last == null || last.isBefore(first)) {
      throw InvalidInputException.of(
          "to", "error.record.period", "give a period whose end is not before its start");
    }
    List<Slot> slots =
        agendas.slotsStarting(
            agendaId,
            first.atStartOfDay(Italy.ZONE).toInstant(),
            last.plusDays(1).atStartOfDay(Italy.ZONE).toInstant());
    Map<Long, Patient> booked = bookedPatients(slots);
    if (booked.isEmpty()) {
      return slots.stream().map(SlotView::withoutDetails).toList();
    }
    Predicate<Patient> inCare =
        agenda.getOwnerUsername().equals(actor.name())
            ? patient -> true
            : policy
                .mayOpen(actor, RecordPart.PATHWAY)
                .or(patient -> policy.hasEmergencyAccess(actor, patient.getId()));
    return slots.stream()
        .map(
            slot -> {
              Patient patient = booked.get(slot.getPatientId());
              return patient != null && inCare.test(patient)
                  ? SlotView.booked(slot, nameOf(patient))
                  : SlotView.withoutDetails(slot);
            })
        .toList();
  }

  /** The patients the slots are booked for, by id. */
  private Map<Long, Patient> bookedPatients(List<Slot> slots) {
    List<Long> ids = slots.stream().map(Slot::getPatientId).filter(Objects::nonNull).toList();
    return patients.byIds(ids).stream()
        .collect(Collectors.toMap(Patient::getId, Function.identity()));
  }

  private static String nameOf(Patient patient) {
    return patient.getFamilyName() + " " + patient.getGivenName();
  }

  /**
   * Books a free slot for a patient in the caller's care who may receive the agenda's service now
   * (see {@link ServiceAvailability#requireBookable}). Refused with 409 if somebody else booked it
   * first.
   */
  public Slot book(long slotId, long patientId, String note) {
    return book(slotId, patientId, note, false);
  }

  private Slot book(long slotId, long patientId, String note, boolean moved) {
    Actor actor = Guard.requireAnyRole(BOOKERS);
    Slot slot = lockedSlot(slotId);
    Agenda agenda = bookable(slot.getAgendaId(), actor);
    rollout.requireEnabled(agenda.getService());
    policy.requireToChange(patientId, RecordPart.PATHWAY, Roles.anyOf(BOOKERS));
    availability.requireBookable(patientId, agenda.getService());
    slot.book(
        patientId,
        actor.name(),
        note == null || note.isBlank() ? null : note.trim(),
        clock.instant());
    record.append(
        patientId,
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.BOOKED.with(
            EntryArgs.service(agenda.getService()),
            EntryArg.dateTime(slot.getStartsAt()),
            EntryArg.user(agenda.getOwnerUsername())),
        "slot/" + slot.getId());
    booked.fire(
        new SlotBooked(
            slot.getId(),
            agenda.getOwnerUsername(),
            actor.name(),
            agenda.getService(),
            slot.getStartsAt(),
            slot.getBookedAt(),
            moved));
    return slot;
  }

  /** Cancels a booking with a reason; the slot is free again. */
  public Slot cancel(long slotId, String reason) {
    Actor actor = Guard.requireAnyRole(BOOKERS);
    Slot slot = lockedSlot(slotId);
    Agenda agenda = bookable(slot.getAgendaId(), actor);
    Long patientId = slot.getPatientId();
    RuleViolation.require(patientId != null, "error.slot.notBooked", "the slot is not booked");
    policy.requireToChange(patientId, RecordPart.PATHWAY, Roles.anyOf(BOOKERS));
    slot.cancelBooking(reason);
    record.append(
        patientId,
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.CANCELLED.with(
            EntryArgs.service(agenda.getService()),
            EntryArg.dateTime(slot.getStartsAt()),
            EntryArg.text(slot.getCancellationReason())),
        "slot/" + slot.getId());
    return slot;
  }

  /** Moves a booking to another free slot of the same agenda, in one transaction. */
  public Slot reschedule(long slotId, long newSlotId, String reason) {
    Actor actor = Guard.requireAnyRole(BOOKERS);
    // lock both in id order, so two opposite reschedulings cannot deadlock
    Slot first = lockedSlot(Math.min(slotId, newSlotId));
    Slot second = lockedSlot(Math.max(slotId, newSlotId));
    Slot old = first.getId() == slotId ? first : second;
    Slot target = old == first ? second : first;
    RuleViolation.require(
        old.getAgendaId().equals(target.getAgendaId()),
        "error.slot.otherAgenda",
        "a booking moves within its agenda");
    bookable(old.getAgendaId(), actor);
    Long patientId = old.getPatientId();
    RuleViolation.require(patientId != null, "error.slot.notBooked", "the slot is not booked");
    String note = old.getBookingNote();
    cancel(slotId, reason);
    return book(newSlotId, patientId, note, true);
  }

  /** The patient's bookings, soonest first, with their details (the caller is in the care). */
  public List<SlotView> bookingsOf(long patientId) {
    String name = nameOf(policy.requireToRead(patientId, RecordPart.PATHWAY, Roles.anyOf(BOOKERS)));
    return agendas.bookedFor(patientId).stream().map(slot -> SlotView.booked(slot, name)).toList();
  }

  private Slot lockedSlot(long slotId) {
    return agendas.lockedSlot(slotId).orElseThrow(() -> new NotFoundException("Slot", slotId));
  }

  private Agenda bookable(long agendaId, Actor actor) {
    Agenda agenda = agenda(agendaId);
    if (!agenda.bookableBy(actor.name(), actor.roles())) {
      throw new AccessDeniedException(actor.name() + " may not book in agenda " + agendaId);
    }
    return agenda;
  }

  private Agenda agenda(long agendaId) {
    return agendas.agenda(agendaId).orElseThrow(() -> new NotFoundException("Agenda", agendaId));
  }
}

package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.agenda.Agendas;
import it.lombardia.irt.application.agenda.SlotView;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the lead of an encounter does when its video service cannot be reached: go on by telephone,
 * with the reason (in the encounter, audited, and in the patient's record), or move the encounter
 * to another free slot of its agenda. Only the encounter's lead, in the patient's care; an
 * encounter already over is a conflict.
 */
@Stateless
public class VideoFallback {

  /** How far ahead the free slots offered for a new time go. */
  private static final int DAYS_AHEAD = 30;

  @Inject AgendaRepository slots;
  @Inject Clock clock;
  @Inject Encounters encounters;
  @Inject Agendas agendas;
  @Inject HomeCareRecord record;

  /** The encounter goes on by telephone, for the reason given (3 to 1000 characters). */
  public Encounter holdByPhone(long encounterId, String reason) {
    Encounter encounter = encounters.lockedForItsLead(encounterId);
    if (reason == null || reason.trim().length() < 3 || reason.length() > 1000) {
      throw InvalidInputException.of(
          "reason", "error.encounter.phoneReason", "say why it is held by phone (3 to 1000)");
    }
    encounter.holdByPhone(reason, clock.instant());
    record.append(
        encounter.getPatientId(),
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.HELD_BY_PHONE.with(
            EntryArgs.serviceFirst(encounter.getService()),
            EntryArgs.scheduled(encounter.getScheduledAt()),
            EntryArg.user(CallContext.requireActor().name()),
            EntryArg.text(encounter.getPhoneReason())),
        Encounters.ref(encounter));
    return encounter;
  }

  /** The free slots of the encounter's agenda from now on, for a new time (none if not booked). */
  public List<SlotView> freeSlots(long encounterId) {
    Encounter encounter = encounters.lockedForItsLead(encounterId);
    if (encounter.getSlotId() == null || !encounter.isOpen()) {
      return List.of();
    }
    Slot booked = slots.slot(encounter.getSlotId()).orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    Instant now = clock.instant();
    return agendas.slots(booked.getAgendaId(), today, today.plusDays(DAYS_AHEAD)).stream()
        .filter(s -> s.status() == SlotView.Availability.FREE && s.start().isAfter(now))
        .toList();
  }

  /** Moves the encounter to another free slot of its agenda; the patient's link follows. */
  public Encounter reschedule(long encounterId, long slotId, String reason) {
    Encounter encounter = encounters.lockedForItsLead(encounterId);
    RuleViolation.require(
        encounter.isOpen(), "error.encounter.closed", "the encounter is already over");
    return encounters.reschedule(encounterId, slotId, reason);
  }
}

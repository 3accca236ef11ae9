package it.lombardia.irt.application.encounter;

import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a patient's personal link to an encounter lasts: an hour after the booked slot ends, or
 * {@code irt.encounter.link-hours} from now if that is later; when the encounter moves, the links
 * in force follow it.
 */
@Stateless
public class LinkValidity {

  @Inject EncounterRepository encounters;
  @Inject AgendaRepository agendas;

  @Inject
  @ConfigProperty(name = "irt.encounter.link-hours", defaultValue = "4")
  int linkHours;

  /** The latest a link made now may last. */
  public Instant latest(Encounter encounter, Instant now) {
    Instant latest = now.plus(Duration.ofHours(linkHours));
    if (encounter.getSlotId() == null) {
      return latest;
    }
    Slot slot = agendas.slot(encounter.getSlotId()).orElseThrow();
    Instant afterSlot = slot.getEndsAt().plus(Duration.ofHours(1));
    return afterSlot.isAfter(latest) ? afterSlot : latest;
  }

  /** The encounter moved to another slot: its links in force last until the new slot's end. */
  public void follow(Encounter encounter, Instant now) {
    Instant until = latest(encounter, now);
    encounters.linksNotRevoked(encounter.getId()).forEach(link -> link.followTo(until));
  }
}

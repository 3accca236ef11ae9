package it.lombardia.irt.application.encounter;

import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The encounter a patient's personal link opens now, for what its holder does on the link page
 * (device reports, tickets, files for the record): refused like a bad link when the link is
 * revoked, expired or for another encounter.
 */
@Stateless
public class LinkedEncounters {

  @Inject EncounterRepository encounters;
  @Inject Clock clock;

  public Encounter openedBy(long linkId, long encounterId) {
    PatientLink link = encounters.link(linkId).orElse(null);
    Encounter encounter = encounters.find(encounterId).orElse(null);
    if (link == null || encounter == null || !link.opens(encounterId, clock.instant())) {
      throw new LinkRefusedException();
    }
    return encounter;
  }
}

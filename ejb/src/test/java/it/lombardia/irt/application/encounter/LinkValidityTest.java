package it.lombardia.irt.application.encounter;

import static it.lombardia.irt.testing.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.agenda.InMemoryAgendas;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import it.lombardia.irt.testing.encounters.InMemoryEncounters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a patient's personal link lasts, and how it follows a moved encounter. */
class LinkValidityTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final Actor LEAD = AccountsWorld.person("mmg", Role.PHYSICIAN);

  private final InMemoryEncounters store = new InMemoryEncounters();
  private final InMemoryAgendas agendas =
      new InMemoryAgendas(Clock.fixed(NOW, Italy.ZONE), null, null, null); // slots only
  private final LinkValidity validity = new LinkValidity();

  LinkValidityTest() {
    validity.encounters = store;
    validity.agendas = agendas.repository;
    validity.linkHours = 4;
  }

  @Test
  void aLinkToAnEncounterHeldNowLastsTheConfiguredHours() {
    assertEquals(NOW.plus(Duration.ofHours(4)), validity.latest(encounter(null), NOW));
  }

  @Test
  void aLinkToABookedEncounterLastsUntilAnHourAfterItsSlotIfThatIsLater() {
    Encounter tonight = encounter(slot(Duration.ofHours(10)));
    Encounter soon = encounter(slot(Duration.ofMinutes(30)));

    assertEquals(
        NOW.plus(Duration.ofHours(10).plusMinutes(20 + 60)), validity.latest(tonight, NOW));
    assertEquals(NOW.plus(Duration.ofHours(4)), validity.latest(soon, NOW));
  }

  @Test
  void theLinksInForceFollowAMovedEncounterButARevokedOneStaysRevokedAsItWas() {
    Encounter encounter = encounter(slot(Duration.ofHours(1)));
    PatientLink inForce = link(encounter);
    PatientLink revoked = link(encounter);
    revoked.revoke();
    Instant revokedExpiry = revoked.getExpiresAt();
    Slot tomorrow = agendas.repository.slot(slot(Duration.ofDays(1))).orElseThrow();

    encounter.heldOn(tomorrow.getId(), tomorrow.getStartsAt());
    validity.follow(encounter, NOW);

    assertEquals(tomorrow.getEndsAt().plus(Duration.ofHours(1)), inForce.getExpiresAt());
    assertEquals(revokedExpiry, revoked.getExpiresAt());
  }

  private PatientLink link(Encounter encounter) {
    PatientLink link =
        new PatientLink(
            encounter.getId(),
            "digest",
            null,
            "Luigi Colombo",
            validity.latest(encounter, NOW),
            "mmg",
            NOW);
    as(LEAD, () -> store.add(link));
    return link;
  }

  /** A 20-minute slot starting {@code in} from now; its id. */
  private long slot(Duration in) {
    Slot slot = new Slot(1L, NOW.plus(in), NOW.plus(in).plusSeconds(20 * 60), Slot.Modality.VIDEO);
    agendas.repository.add(slot);
    return slot.getId();
  }

  private Encounter encounter(Long slotId) {
    Encounter encounter =
        new Encounter(
            42L, TelemedicineService.TELEVISIT, true, true, "mmg", "mmg", "irt-room", NOW);
    if (slotId != null) {
      encounter.heldOn(slotId, agendas.repository.slot(slotId).orElseThrow().getStartsAt());
    }
    as(LEAD, () -> store.add(encounter));
    return encounter;
  }
}

package it.lombardia.irt.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account owner's side of a password reset, without a server: links and accounts in memory. */
class PasswordResetsTest {

  private static final String TOKEN = "token-del-link-inviato-per-email";
  private static final String NEW_PASSWORD = "la-mia-nuova-password";
  private static final String ADDRESS = "10.0.0.9";

  private final AccountsWorld world = new AccountsWorld();
  private final UserAccount nurse = world.account("infermiere", "vecchia-password", Role.NURSE);
  private final PasswordResets resets = new PasswordResets();

  PasswordResetsTest() {
    PasswordResetDesk desk = new PasswordResetDesk();
    desk.resets = world.resets;
    desk.accounts = world.accounts;
    desk.clock = world.clock;
    desk.hasher = world.hasher;
    desk.policy = UserAdministrations.policy(world);
    desk.authenticationCache = world.cache;
    resets.desk = desk;
    world.resets.add(
        new PasswordResetToken(
            nurse,
            Secrets.sha256(TOKEN),
            7,
            "operatore",
            "10.0.0.1",
            AccountsWorld.START,
            Duration.ofHours(24)));
  }

  @Test
  void aLinkSetsTheNewPasswordOnceAndTheOldOneStopsAtOnce() {
    assertEquals("infermiere", resets.username(AccountsWorld.ASST, TOKEN, ADDRESS));

    resets.complete(AccountsWorld.ASST, TOKEN, NEW_PASSWORD, ADDRESS);

    assertTrue(world.hasher.matches(NEW_PASSWORD, nurse.getPasswordHash()));
    assertFalse(world.hasher.matches("vecchia-password", nurse.getPasswordHash()));
    assertEquals(List.of("infermiere"), world.cache.evicted);
    PasswordResetToken used = world.resets.table.rows.get(0);
    assertEquals(ADDRESS, used.getUsedFrom());
    assertThrows(
        ResetLinkRefusedException.class,
        () -> resets.complete(AccountsWorld.ASST, TOKEN, "un'altra-password", ADDRESS));
  }

  @Test
  void aLinkWorksOnlyInItsOwnAsst() {
    assertThrows(
        ResetLinkRefusedException.class, () -> resets.username("ASST-ALTRA", TOKEN, ADDRESS));
  }

  @Test
  void anExpiredLinkIsRefused() {
    world.clock.advance(Duration.ofHours(24));

    assertThrows(
        ResetLinkRefusedException.class,
        () -> resets.complete(AccountsWorld.ASST, TOKEN, NEW_PASSWORD, ADDRESS));
  }

  @Test
  void theLinkOfADisabledAccountIsRefused() {
    nurse.setEnabled(false);

    assertThrows(
        ResetLinkRefusedException.class, () -> resets.username(AccountsWorld.ASST, TOKEN, ADDRESS));
  }

  @Test
  void aPasswordTheAsstsRuleRefusesLeavesTheLinkWorking() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> resets.complete(AccountsWorld.ASST, TOKEN, "corta", ADDRESS));

    assertEquals("error.password.short", refused.problems().get(0).key());
    resets.complete(AccountsWorld.ASST, TOKEN, NEW_PASSWORD, ADDRESS);
  }

  @Test
  void anUnknownBlankOrOverlongTokenIsRefused() {
    for (String token : List.of("sconosciuto", " ", "x".repeat(101))) {
      assertThrows(
          ResetLinkRefusedException.class,
          () -> resets.username(AccountsWorld.ASST, token, ADDRESS),
          token);
    }
  }
}

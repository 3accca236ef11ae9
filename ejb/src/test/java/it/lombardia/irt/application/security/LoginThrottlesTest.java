package it.lombardia.irt.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.security.LoginResult.Status;
import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed logins slow down the next ones; administrators see and lift the throttles. */
class LoginThrottlesTest {

  private static final String PASSWORD = "una-password-lunga";
  private static final String ADDRESS = "10.0.0.7";

  private final AccountsWorld world = new AccountsWorld();
  private final Authentication authentication = Authentications.in(world);
  private final UserAccount nurse = world.account("infermiere", PASSWORD, Role.NURSE);

  @Test
  void afterFiveFreeFailuresEachWaitDoublesUpToFiveMinutes() {
    List<Long> waits = new ArrayList<>();
    for (int failure = 1; failure <= 13; failure++) {
      assertEquals(Status.INVALID_CREDENTIALS, login("sbagliata").status());
      waits.add(waitSeconds());
      world.clock.advance(Duration.ofSeconds(waits.get(waits.size() - 1)));
    }

    assertEquals(List.of(0L, 0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L), waits);
  }

  @Test
  void whileBlockedEvenTheRightPasswordIsRefusedAndTheCallerToldHowLongToWait() {
    failTimes(5);
    world.clock.advance(Duration.ofMillis(500));

    LoginResult refused = login(PASSWORD);

    assertEquals(Status.THROTTLED, refused.status());
    assertEquals(2, refused.retryAfterSeconds(), "1.5 s, rounded up");
    world.clock.advance(Duration.ofSeconds(2));
    assertTrue(login(PASSWORD).succeeded());
  }

  @Test
  void aSuccessClearsTheUsernamesFailuresButNotTheAddresses() {
    failTimes(3);

    assertTrue(login(PASSWORD).succeeded());

    assertTrue(world.throttles.of(Kind.ACCOUNT, "infermiere").isEmpty());
    assertEquals(3, world.throttles.of(Kind.ADDRESS, ADDRESS).orElseThrow().getFailures());
    assertEquals(AccountsWorld.START, world.accounts.loginsNoted.get(nurse.getId()));
  }

  @Test
  void failuresOlderThanAnHourAreForgotten() {
    failTimes(4);
    world.clock.advance(Duration.ofMinutes(61));

    failTimes(1);

    assertEquals(1, world.throttles.of(Kind.ACCOUNT, "infermiere").orElseThrow().getFailures());
    assertTrue(login(PASSWORD).succeeded(), "not blocked: the series started again");
  }

  @Test
  void anUnknownUsernameIsThrottledLikeAnAccountAndAnsweredTheSame() {
    for (int i = 0; i < 5; i++) {
      assertEquals(
          Status.INVALID_CREDENTIALS, authentication.login("nessuno", PASSWORD, ADDRESS).status());
    }

    LoginThrottle throttle = world.throttles.of(Kind.ACCOUNT, "nessuno").orElseThrow();
    assertEquals("REGION", throttle.getTenantCode());
    assertEquals(Status.THROTTLED, authentication.login("nessuno", PASSWORD, ADDRESS).status());
  }

  @Test
  void eachStartOfABlockIsAuditedAndAnAdministratorsLiftToo() {
    failTimes(5);
    world.clock.advance(Duration.ofSeconds(2));
    failTimes(1);
    LoginThrottles throttles = Authentications.throttles(world);
    Actor admin = AccountsWorld.person("admin", Role.TENANT_ADMIN).from("10.0.0.1");

    List<LoginThrottle> current = CallContext.as(admin, throttles::current);
    assertEquals(List.of("infermiere"), current.stream().map(LoginThrottle::getSubject).toList());
    CallContext.as(
        admin,
        () -> {
          throttles.lift(current.get(0).getId());
          return null;
        });

    assertTrue(login(PASSWORD).succeeded(), "lifted at once");
    List<LoginThrottleEvent> events = CallContext.as(admin, throttles::events);
    assertEquals(
        List.of(
            "LIFTED by admin from 10.0.0.1",
            "LOCKED by anonymous from 10.0.0.7",
            "LOCKED by anonymous from 10.0.0.7"),
        events.stream()
            .map(e -> e.getType() + " by " + e.getActor() + " from " + e.getClientAddress())
            .toList());
  }

  @Test
  void aServiceCentreOperatorUnlocksAnAccountOnlyWhenItIsThrottled() {
    LoginThrottles throttles = Authentications.throttles(world);
    Actor operator = AccountsWorld.person("operatore", Role.HELPDESK);
    assertFalse(CallContext.as(operator, () -> throttles.liftAccount("infermiere")));
    failTimes(5);

    assertEquals(
        world.clock.instant().plusSeconds(2),
        CallContext.as(operator, () -> throttles.accountBlockedUntil("infermiere")).orElseThrow());
    assertTrue(CallContext.as(operator, () -> throttles.liftAccount("infermiere")));
    assertTrue(
        CallContext.as(operator, () -> throttles.accountBlockedUntil("infermiere")).isEmpty());
  }

  @Test
  void onlyAdministratorsSeeOrLiftThrottles() {
    LoginThrottles throttles = Authentications.throttles(world);
    Actor nurseActor = AccountsWorld.person("infermiere", Role.NURSE);
    Actor admin = AccountsWorld.person("admin", Role.TENANT_ADMIN);

    assertThrows(AccessDeniedException.class, () -> CallContext.as(nurseActor, throttles::current));
    assertThrows(
        NotFoundException.class,
        () ->
            CallContext.as(
                admin,
                () -> {
                  throttles.lift(99);
                  return null;
                }));
  }

  private void failTimes(int times) {
    for (int i = 0; i < times; i++) {
      assertEquals(Status.INVALID_CREDENTIALS, login("sbagliata").status());
    }
  }

  private LoginResult login(String password) {
    return authentication.login("infermiere", password, ADDRESS);
  }

  /** How long the username must wait now, in seconds (0 when it may try at once). */
  private long waitSeconds() {
    return world
        .throttles
        .of(Kind.ACCOUNT, "infermiere")
        .filter(t -> t.blocksAt(world.clock.instant()))
        .map(t -> Duration.between(world.clock.instant(), t.getBlockedUntil()).toSeconds())
        .orElse(0L);
  }
}

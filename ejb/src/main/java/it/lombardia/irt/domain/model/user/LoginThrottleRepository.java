package it.lombardia.irt.domain.model.user;

import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import java.util.List;
import java.util.Optional;

/** The login throttles and their audit trail (tenant-filtered, or every ASST's at Region level). */
public interface LoginThrottleRepository {

  void add(LoginThrottle throttle);

  void add(LoginThrottleEvent event);

  void remove(LoginThrottle throttle);

  Optional<LoginThrottle> find(long id);

  /** The throttle of a subject, if it has one. */
  Optional<LoginThrottle> of(Kind kind, String subject);

  /** The throttle of a subject locked until the transaction ends: failures are counted in turn. */
  Optional<LoginThrottle> lockedOf(Kind kind, String subject);

  /** The throttles a login attempt meets: its username's and its address's. */
  List<LoginThrottle> concerning(String username, String address);

  /** The throttles that have blocked at least once, latest failure first. */
  List<LoginThrottle> everBlocked();

  /** Forgets a subject's failures at once (one statement, no entity read). */
  void forget(Kind kind, String subject);

  /** The latest {@code max} starts and lifts of throttles, newest first. */
  List<LoginThrottleEvent> latestEvents(int max);
}

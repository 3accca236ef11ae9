package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import it.lombardia.irt.domain.model.user.LoginThrottleRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Login throttles and their audit trail in memory. */
public final class InMemoryLoginThrottles implements LoginThrottleRepository {

  public final Rows<LoginThrottle> throttles = new Rows<>(LoginThrottle::getId);
  public final Rows<LoginThrottleEvent> events = new Rows<>(LoginThrottleEvent::getId);

  @Override
  public void add(LoginThrottle throttle) {
    throttles.insert(throttle);
  }

  @Override
  public void add(LoginThrottleEvent event) {
    events.insert(event);
  }

  @Override
  public void remove(LoginThrottle throttle) {
    throttles.rows.remove(throttle);
  }

  @Override
  public Optional<LoginThrottle> find(long id) {
    return throttles.byId(id);
  }

  @Override
  public Optional<LoginThrottle> of(Kind kind, String subject) {
    return throttles.first(t -> t.getKind() == kind && t.getSubject().equals(subject));
  }

  @Override
  public Optional<LoginThrottle> lockedOf(Kind kind, String subject) {
    return of(kind, subject);
  }

  @Override
  public List<LoginThrottle> concerning(String username, String address) {
    return throttles.where(
        t ->
            t.getKind() == Kind.ACCOUNT
                ? t.getSubject().equals(username)
                : t.getSubject().equals(Objects.requireNonNullElse(address, "")),
        Comparator.comparing(LoginThrottle::getId));
  }

  @Override
  public List<LoginThrottle> everBlocked() {
    return throttles.where(
        t -> t.getBlockedUntil() != null,
        Comparator.comparing(LoginThrottle::getLastFailureAt).reversed());
  }

  @Override
  public void forget(Kind kind, String subject) {
    of(kind, subject).ifPresent(this::remove);
  }

  @Override
  public List<LoginThrottleEvent> latestEvents(int max) {
    return events
        .where(
            e -> true,
            Comparator.comparing(LoginThrottleEvent::getOccurredAt)
                .thenComparing(LoginThrottleEvent::getId)
                .reversed())
        .stream()
        .limit(max)
        .toList();
  }
}

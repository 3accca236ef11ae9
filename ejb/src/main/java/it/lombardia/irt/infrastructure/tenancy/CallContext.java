package it.lombardia.irt.infrastructure.tenancy;

import it.lombardia.irt.application.Actor;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The actor of the current call and whether it runs at Region level. Set by the web layer around
 * each request (after authentication) and by start-up jobs; read by the tenant resolver and the
 * audit listener. Requests are served on one thread each, so a thread-local is exact here and free
 * of container lookups.
 */
public final class CallContext {

  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  /** Who acts, at which level, and what this call has done once already (see {@link #once}). */
  private record Frame(Actor actor, boolean regionScope, Set<String> done) {

    Frame(Actor actor, boolean regionScope) {
      this(actor, regionScope, new HashSet<>());
    }
  }

  private CallContext() {}

  public static Optional<Actor> actor() {
    Frame frame = CURRENT.get();
    return frame == null ? Optional.empty() : Optional.of(frame.actor());
  }

  public static Actor requireActor() {
    return actor().orElseThrow(() -> new NoTenantException("No authenticated actor in this call"));
  }

  /**
   * The Hibernate tenant identifier for this call; fails when nobody is acting, so no query goes
   * unscoped.
   */
  public static String tenantIdentifier() {
    Frame frame = CURRENT.get();
    if (frame == null) {
      throw new NoTenantException(
          "No tenant in context: tenant-owned data cannot be read or written");
    }
    return frame.regionScope() ? Tenancy.ALL_TENANTS : frame.actor().tenantCode();
  }

  public static boolean inRegionScope() {
    Frame frame = CURRENT.get();
    return frame != null && frame.regionScope();
  }

  /**
   * Whether {@code key} is new in this call (one request, or one job), marking it done: e.g. a page
   * that reads a patient's record in several steps writes one access-log row per part, not one per
   * step. True when nobody is acting.
   */
  public static boolean once(String key) {
    Frame frame = CURRENT.get();
    return frame == null || frame.done().add(key);
  }

  /** Runs {@code work} as {@code actor}, restoring the previous context afterwards. */
  public static <T> T as(Actor actor, Supplier<T> work) {
    return run(new Frame(actor, false), work);
  }

  /**
   * Runs {@code work} with the tenant filter off, on behalf of {@code actor}. Only region-level
   * services and platform jobs call this; they must open their own transaction inside, since a
   * persistence context opened earlier keeps the tenant it was opened with.
   */
  public static <T> T asRegion(Actor actor, Supplier<T> work) {
    return run(new Frame(actor, true), work);
  }

  public static void set(Actor actor) {
    CURRENT.set(new Frame(actor, false));
  }

  public static void clear() {
    CURRENT.remove();
  }

  private static <T> T run(Frame frame, Supplier<T> work) {
    Frame previous = CURRENT.get();
    CURRENT.set(frame);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}

package it.lombardia.irt.testing;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.util.function.Supplier;

/** Use cases called as a user, as the container calls them with the caller's identity. */
public final class Calls {

  private Calls() {}

  public static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }

  public static void as(Actor actor, Runnable work) {
    CallContext.as(
        actor,
        () -> {
          work.run();
          return null;
        });
  }
}

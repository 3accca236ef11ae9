package it.lombardia.irt.application;

import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.util.Arrays;

/**
 * Role checks at the entry of every application service; the web layer's constraints are only a
 * first gate.
 */
public final class Guard {

  private Guard() {}

  /**
   * The current actor, if it holds at least one of {@code roles}; otherwise {@link
   * AccessDeniedException}.
   */
  public static Actor requireAnyRole(Role... roles) {
    Actor actor = CallContext.requireActor();
    if (Arrays.stream(roles).noneMatch(actor::hasRole)) {
      throw new AccessDeniedException(
          actor.name() + " needs one of the roles " + Arrays.toString(roles));
    }
    return actor;
  }
}

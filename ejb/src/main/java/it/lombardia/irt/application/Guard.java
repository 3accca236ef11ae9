package it.lombardia.irt.application;

import it.lombardia.irt.domain.model.user.Role;
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

  /**
   * The current actor, if it holds one of {@code roles}; otherwise {@link AccessDeniedException}.
   */
  public static Actor requireAny(Roles roles) {
    Actor actor = CallContext.requireActor();
    if (!roles.held(actor)) {
      throw new AccessDeniedException(actor.name() + " needs one of the roles " + roles);
    }
    return actor;
  }

  /**
   * The current actor, if it may do {@code interaction} (SMART: c, r, u, d, s) on resources of
   * {@code type}: an API client needs a scope for it; a person's roles and care are checked apart.
   */
  public static Actor requireScope(String type, char interaction) {
    Actor actor = CallContext.requireActor();
    if (!actor.mayUse(type, interaction)) {
      throw new AccessDeniedException(
          actor.name() + " has no scope for " + type + " (" + interaction + ")");
    }
    return actor;
  }
}

package it.lombardia.irt.application;

import it.lombardia.irt.domain.model.user.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles that may call an operation: at least one, by construction, so that no operation on a
 * patient's data can be left open to "every role" by naming none.
 */
public record Roles(Set<Role> roles) {

  /** The professionals who deliver care: physicians, nurses and other health professionals. */
  public static final Roles PROFESSIONALS =
      of(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);

  /** Everyone who may take part in a patient's care: the professionals and the COT/ADI centres. */
  public static final Roles PATIENT_CARE =
      of(
          Role.PHYSICIAN,
          Role.NURSE,
          Role.HEALTH_PROFESSIONAL,
          Role.COT_OPERATOR,
          Role.ADI_OPERATOR);

  public Roles {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an operation names at least one role");
    }
    roles = Set.copyOf(roles);
  }

  public static Roles of(Role first, Role... more) {
    return new Roles(EnumSet.of(first, more));
  }

  /** The roles of a list a service keeps for its role checks; refused if empty. */
  public static Roles anyOf(Role... roles) {
    return new Roles(Set.of(roles));
  }

  /** Whether {@code actor} holds one of these roles. */
  public boolean held(Actor actor) {
    return roles.stream().anyMatch(actor::hasRole);
  }

  @Override
  public String toString() {
    return roles.toString();
  }
}

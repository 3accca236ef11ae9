package it.lombardia.irt.application.security;

import it.lombardia.irt.infrastructure.tenancy.Actor;

/**
 * The outcome of checking credentials; only {@link Status#SUCCESS} carries an actor, and for people
 * the session timeout that applies to their tenant.
 */
public record LoginResult(Status status, Actor actor, int sessionTimeoutMinutes) {

  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED,
    TENANT_INACTIVE
  }

  static LoginResult failed(Status status) {
    return new LoginResult(status, null, 0);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}

package it.lombardia.irt.application.security;

import it.lombardia.irt.infrastructure.tenancy.Actor;

/** The outcome of checking credentials; only {@link Status#SUCCESS} carries an actor. */
public record LoginResult(Status status, Actor actor) {

  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED,
    TENANT_INACTIVE
  }

  static LoginResult failed(Status status) {
    return new LoginResult(status, null);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}

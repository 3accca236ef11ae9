package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.AccountStatus;
import java.time.Instant;

/** The account of an application ticket's requester (see {@link AccountStatus}): no password. */
public record AccountJson(
    String username,
    String fullName,
    boolean enabled,
    boolean emailKnown,
    Instant blockedUntil,
    Instant resetValidUntil) {

  public static AccountJson of(AccountStatus a) {
    return new AccountJson(
        a.username(),
        a.fullName(),
        a.enabled(),
        a.emailKnown(),
        a.blockedUntil(),
        a.resetValidUntil());
  }
}

package it.lombardia.irt.application.helpdesk;

import java.time.Instant;

/**
 * The account an application ticket is about, as the centre's operator sees it: who, whether it is
 * enabled, whether a reset link can reach it, until when failed logins hold it ({@code null}: not
 * now) and until when a reset link already sent works ({@code null}: none). Never a password.
 */
public record AccountStatus(
    String username,
    String fullName,
    boolean enabled,
    boolean emailKnown,
    Instant blockedUntil,
    Instant resetValidUntil) {}

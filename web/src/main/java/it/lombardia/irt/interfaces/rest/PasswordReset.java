package it.lombardia.irt.interfaces.rest;

/** Body of {@code POST /api/users/{id}/password}. */
public record PasswordReset(String password) {}

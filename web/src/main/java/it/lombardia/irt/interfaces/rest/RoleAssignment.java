package it.lombardia.irt.interfaces.rest;

import java.util.Set;

/** Body of {@code PUT /api/users/{id}/roles}. */
public record RoleAssignment(Set<String> roles, String specialty) {}

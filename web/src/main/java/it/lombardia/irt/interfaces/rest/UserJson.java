package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.domain.model.user.UserAccount;
import java.time.Instant;
import java.util.List;

/** A user account as the API shows it (never its password hash). */
public record UserJson(
    long id,
    String username,
    String fullName,
    String email,
    String tenant,
    List<String> roles,
    String specialty,
    boolean enabled,
    Instant lastLoginAt) {

  static UserJson of(UserAccount u) {
    return new UserJson(
        u.getId(),
        u.getUsername(),
        u.getFullName(),
        u.getEmail(),
        u.getTenantCode(),
        u.getRoles().stream().map(Enum::name).sorted().toList(),
        u.getSpecialty() == null ? null : u.getSpecialty().name(),
        u.isEnabled(),
        u.getLastLoginAt());
  }
}

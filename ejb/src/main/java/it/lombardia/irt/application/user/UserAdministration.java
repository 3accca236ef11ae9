package it.lombardia.irt.application.user;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant administrator's user management: list, create, disable, reset a password, assign
 * roles. Every query is filtered to the administrator's own ASST by the tenant resolver, so another
 * tenant's users are simply not found.
 */
@Stateless
public class UserAdministration {

  /** Roles a tenant administrator may give: everything tenant-scoped except machine clients. */
  public static final Set<Role> ASSIGNABLE =
      EnumSet.complementOf(EnumSet.of(Role.REGION_ADMIN, Role.API_CLIENT, Role.SUPPLIER));

  @Inject UserAccountRepository accounts;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy passwordPolicy;
  @Inject Authentication authentication;
  @Inject AuthenticationCache authenticationCache;

  public List<UserAccount> list() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return accounts.all();
  }

  public UserAccount get(long id) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return find(id);
  }

  public UserAccount create(NewUserForm form) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    UserAccount user = newAccount(form, admin.tenantCode());
    accounts.add(user);
    return user;
  }

  /**
   * Checks a new account against the rules (form, roles, specialty, the tenant's password policy, a
   * name unused in every tenant) and builds it, unsaved. Also used by the Region to create a
   * tenant's first administrator.
   */
  public UserAccount newAccount(NewUserForm form, String tenantCode) {
    Guard.requireAnyRole(Role.TENANT_ADMIN, Role.REGION_ADMIN);
    validator.check(form);
    Set<Role> roles = parseRoles(form.getRoles());
    PhysicianSpecialty specialty = parseSpecialty(roles, form.getSpecialty());
    passwordPolicy.check(tenantCode, form.getPassword());
    if (authentication.isPrincipalNameTaken(form.getUsername())) {
      throw InvalidInputException.of(
          "username", "error.user.duplicate", "username is taken: " + form.getUsername());
    }
    UserAccount user =
        new UserAccount(
            form.getUsername(),
            form.getFullName().trim(),
            hasher.hash(form.getPassword()),
            clock.instant());
    user.setEmail(form.getEmail());
    user.replaceRoles(roles);
    user.setSpecialty(specialty);
    return user;
  }

  public UserAccount setEnabled(long id, boolean enabled) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    UserAccount user = find(id);
    if (!enabled && user.getUsername().equals(admin.name())) {
      throw InvalidInputException.of(
          "", "error.user.self-disable", "you cannot disable your own account");
    }
    user.setEnabled(enabled);
    authenticationCache.evict(user.getUsername());
    return user;
  }

  public UserAccount resetPassword(long id, String newPassword) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    UserAccount user = find(id);
    passwordPolicy.check(admin.tenantCode(), newPassword);
    user.changePassword(hasher.hash(newPassword));
    authenticationCache.evict(user.getUsername());
    return user;
  }

  public UserAccount assignRoles(long id, Set<String> roleNames, String specialtyName) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    UserAccount user = find(id);
    Set<Role> roles = parseRoles(roleNames);
    if (user.getUsername().equals(admin.name()) && !roles.contains(Role.TENANT_ADMIN)) {
      throw InvalidInputException.of(
          "roles",
          "error.user.self-demote",
          "you cannot remove the tenant administrator role from yourself");
    }
    user.setSpecialty(parseSpecialty(roles, specialtyName));
    user.replaceRoles(roles);
    authenticationCache.evict(user.getUsername());
    return user;
  }

  private UserAccount find(long id) {
    return accounts.find(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  static Set<Role> parseRoles(Set<String> names) {
    if (names == null || names.isEmpty()) {
      throw InvalidInputException.of(
          "roles", "irt.user.roles.required", "at least one role is required");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      Role role;
      try {
        role = Role.valueOf(name);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw InvalidInputException.of("roles", "error.user.role.unknown", "unknown role " + name);
      }
      if (!ASSIGNABLE.contains(role)) {
        throw InvalidInputException.of(
            "roles", "error.user.role.forbidden", "role " + role + " cannot be assigned here");
      }
      roles.add(role);
    }
    return roles;
  }

  static PhysicianSpecialty parseSpecialty(Set<Role> roles, String name) {
    boolean physician = roles.contains(Role.PHYSICIAN);
    if (physician && name == null) {
      throw InvalidInputException.of(
          "specialty",
          "error.user.specialty.required",
          "a physician needs a specialty (MMG, PLS, SPECIALIST)");
    }
    if (!physician) {
      if (name != null) {
        throw InvalidInputException.of(
            "specialty", "error.user.specialty.physician-only", "only physicians have a specialty");
      }
      return null;
    }
    try {
      return PhysicianSpecialty.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "specialty", "error.user.specialty.unknown", "unknown specialty " + name);
    }
  }
}

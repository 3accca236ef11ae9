package it.lombardia.irt.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The ASST administrator's account rules, without a server: accounts in memory. */
class UserAdministrationTest {

  private static final Actor ADMIN = AccountsWorld.person("admin", Role.TENANT_ADMIN);
  private static final String PASSWORD = "una-password-lunga";

  private final AccountsWorld world = new AccountsWorld();
  private final UserAdministration users = UserAdministrations.in(world);

  @Test
  void createsAnAccountWithItsRolesSpecialtyAndOnlyAHashOfThePassword() {
    UserAccount created =
        as(ADMIN, () -> users.create(form("cardiologo", "PHYSICIAN", "SPECIALIST")));

    assertEquals(List.of(created), world.accounts.all());
    assertEquals(Set.of(Role.PHYSICIAN), created.getRoles());
    assertEquals(PhysicianSpecialty.SPECIALIST, created.getSpecialty());
    assertFalse(created.getPasswordHash().contains(PASSWORD));
    assertTrue(world.hasher.matches(PASSWORD, created.getPasswordHash()));
  }

  @Test
  void refusesAUsernameAnotherAccountHasInAnyAsst() {
    world.account("infermiera", PASSWORD, Role.NURSE).inTenant("ASST-ALTRA");

    refused(
        "username", "error.user.duplicate", () -> users.create(form("infermiera", "NURSE", null)));
    assertEquals(1, world.accounts.rows().size());
  }

  @Test
  void refusesAUsernameAMachineClientHas() {
    world.clients.add(
        new ApiClient("gateway-1", "Gateway", "digest", AccountsWorld.START)
            .inTenant("ASST-ALTRA"));

    refused(
        "username", "error.user.duplicate", () -> users.create(form("gateway-1", "NURSE", null)));
  }

  @Test
  void aPhysicianNeedsASpecialtyAndNobodyElseHasOne() {
    refused(
        "specialty",
        "error.user.specialty.required",
        () -> users.create(form("medico", "PHYSICIAN", null)));
    refused(
        "specialty",
        "error.user.specialty.physician-only",
        () -> users.create(form("infermiere", "NURSE", "MMG")));
    refused(
        "specialty",
        "error.user.specialty.unknown",
        () -> users.create(form("medico", "PHYSICIAN", "CHIRURGO")));
    assertTrue(world.accounts.rows().isEmpty());
  }

  @Test
  void refusesRolesAnAsstCannotGive() {
    refused(
        "roles",
        "error.user.role.forbidden",
        () -> users.create(form("capo", "REGION_ADMIN", null)));
    refused("roles", "error.user.role.unknown", () -> users.create(form("capo", "PRIMARIO", null)));
  }

  @Test
  void refusesAPasswordShorterThanTheAsstsOwnRule() {
    world.asst().replaceSettings(Map.of("security.password.min-length", "20"));

    refused(
        "password", "error.password.short", () -> users.create(form("infermiere", "NURSE", null)));
    world.asst().replaceSettings(Map.of());
    as(ADMIN, () -> users.create(form("infermiere", "NURSE", null)));
  }

  @Test
  void refusesAFormBeanValidationRefuses() {
    NewUserForm form = form("Nome Con Spazi", "NURSE", null);

    refused("username", "irt.user.username.pattern", () -> users.create(form));
  }

  @Test
  void replacingRolesDropsTheOldOnesAndForgetsTheCachedLogin() {
    UserAccount nurse = world.account("infermiere", PASSWORD, Role.NURSE, Role.COT_OPERATOR);

    as(ADMIN, () -> users.assignRoles(nurse.getId(), Set.of("PHYSICIAN", "TENANT_ADMIN"), "MMG"));

    assertEquals(Set.of(Role.PHYSICIAN, Role.TENANT_ADMIN), nurse.getRoles());
    assertEquals(PhysicianSpecialty.MMG, nurse.getSpecialty());
    assertEquals(List.of("infermiere"), world.cache.evicted);
  }

  @Test
  void anAdministratorKeepsTheirOwnAdministratorRole() {
    UserAccount admin = world.account("admin", PASSWORD, Role.TENANT_ADMIN);

    refused(
        "roles",
        "error.user.self-demote",
        () -> users.assignRoles(admin.getId(), Set.of("NURSE"), null));
    assertEquals(Set.of(Role.TENANT_ADMIN), admin.getRoles());
  }

  @Test
  void disablingAndEnablingAnAccountForgetsItsCachedLoginEachTime() {
    UserAccount nurse = world.account("infermiere", PASSWORD, Role.NURSE);

    as(ADMIN, () -> users.setEnabled(nurse.getId(), false));
    assertFalse(nurse.isEnabled());
    as(ADMIN, () -> users.setEnabled(nurse.getId(), true));

    assertTrue(nurse.isEnabled());
    assertEquals(List.of("infermiere", "infermiere"), world.cache.evicted);
  }

  @Test
  void anAdministratorCannotDisableTheirOwnAccount() {
    UserAccount admin = world.account("admin", PASSWORD, Role.TENANT_ADMIN);

    refused("", "error.user.self-disable", () -> users.setEnabled(admin.getId(), false));
    assertTrue(admin.isEnabled());
  }

  @Test
  void aResetPasswordReplacesTheOldOneUnderTheAsstsRule() {
    UserAccount nurse = world.account("infermiere", PASSWORD, Role.NURSE);

    refused("password", "error.password.short", () -> users.resetPassword(nurse.getId(), "corta"));
    as(ADMIN, () -> users.resetPassword(nurse.getId(), "un'altra-password"));

    assertFalse(world.hasher.matches(PASSWORD, nurse.getPasswordHash()));
    assertTrue(world.hasher.matches("un'altra-password", nurse.getPasswordHash()));
  }

  @Test
  void anAccountNotInTheAsstIsNotFound() {
    assertThrows(NotFoundException.class, () -> as(ADMIN, () -> users.get(99)));
  }

  @Test
  void onlyAnAsstAdministratorManagesAccounts() {
    Actor physician = AccountsWorld.person("medico", Role.PHYSICIAN);

    assertThrows(AccessDeniedException.class, () -> as(physician, users::list));
    assertThrows(
        AccessDeniedException.class,
        () -> as(physician, () -> users.create(form("infermiere", "NURSE", null))));
    assertTrue(world.accounts.rows().isEmpty());
  }

  @Test
  void theDirectoryNamesColleaguesAndListsTheEnabledOnesOfARole() {
    world.account("cardiologo", PASSWORD, Role.PHYSICIAN);
    world.account("assente", PASSWORD, Role.PHYSICIAN).setEnabled(false);
    world.account("infermiere", PASSWORD, Role.NURSE);
    UserDirectory directory = new UserDirectory();
    directory.accounts = world.accounts;

    assertEquals("cardiologo Rossi", directory.nameOf("cardiologo"));
    assertEquals("ex-collega", directory.nameOf("ex-collega"), "an address that is no account");
    assertEquals(List.of("cardiologo"), directory.enabledWith(Role.PHYSICIAN));
    assertNull(directory.find(null).orElse(null));
  }

  private static NewUserForm form(String username, String role, String specialty) {
    NewUserForm form = new NewUserForm();
    form.setUsername(username);
    form.setFullName(" " + username + " Bianchi ");
    form.setEmail(username.replace(' ', '.') + "@asst.example");
    form.setPassword(PASSWORD);
    form.setRoles(new LinkedHashSet<>(Set.of(role)));
    form.setSpecialty(specialty);
    return form;
  }

  private static void refused(String field, String key, Supplier<?> work) {
    Executable asAdmin = () -> as(ADMIN, work);
    InvalidInputException refused = assertThrows(InvalidInputException.class, asAdmin);
    assertEquals(field, refused.problems().get(0).field(), refused.getMessage());
    assertEquals(key, refused.problems().get(0).key(), refused.getMessage());
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }
}

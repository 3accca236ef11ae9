package it.lombardia.irt.application.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InputValidators;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.user.NewUserForm;
import it.lombardia.irt.application.user.UserAdministrations;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The Region's rules for ASSTs, without a server: ASSTs and accounts in memory. */
class TenantAdministrationTest {

  private static final Actor REGION = AccountsWorld.regionAdmin();

  private final AccountsWorld world = new AccountsWorld();
  private final TenantAdministration administration = new TenantAdministration();
  private final List<String> firstPhases = new ArrayList<>();

  TenantAdministrationTest() {
    administration.tenants = world.tenants;
    administration.accounts = world.accounts;
    administration.clock = world.clock;
    administration.validator = InputValidators.real();
    administration.authenticationCache = world.cache;
    administration.users = UserAdministrations.in(world);
    administration.rollout =
        new ServiceRollout() {
          @Override
          public void startFirstPhase(String tenantCode) {
            firstPhases.add(tenantCode);
          }
        };
  }

  @Test
  void createsAnAsstWithItsAtsAndSettings() {
    Tenant created =
        as(
            () ->
                administration.create(
                    form("ASST-NUOVA", "BRIANZA", Map.of("session.timeout-minutes", "15"))));

    assertEquals(Ats.BRIANZA, created.getAts());
    assertEquals(Map.of("session.timeout-minutes", "15"), created.getSettings());
    assertTrue(created.isActive());
    assertEquals(created, world.tenants.find("ASST-NUOVA").orElseThrow());
    assertEquals(List.of("ASST-NUOVA"), firstPhases, "starts with the roll-out's first phase");
  }

  @Test
  void refusesAnAtsLombardyHasNot() {
    assertEquals(
        List.of("ats:error.tenant.ats"),
        refused(() -> administration.create(form("ASST-NUOVA", "ATS-INVENTATA", Map.of()))));
    assertTrue(world.tenants.find("ASST-NUOVA").isEmpty());
  }

  @Test
  void refusesACodeNotShapedLikeAnAsstsOrTakenAlready() {
    assertEquals(
        List.of("code:irt.tenant.code.pattern"),
        refused(() -> administration.create(form("asst nuova", "BRIANZA", Map.of()))));
    assertEquals(
        List.of("code:error.tenant.duplicate"),
        refused(() -> administration.create(form(AccountsWorld.ASST, "BRIANZA", Map.of()))));
    assertEquals(1, world.tenants.all().size());
  }

  @Test
  void refusesEveryUnknownOrNonNumericSettingAtOnce() {
    Map<String, String> settings = new TreeMap<>();
    settings.put("colore.preferito", "blu");
    settings.put("session.timeout-minutes", "0");
    settings.put("security.password.min-length", "dodici");

    assertEquals(
        List.of(
            "settings.colore.preferito:error.setting.unknown",
            "settings.security.password.min-length:error.setting.number",
            "settings.session.timeout-minutes:error.setting.number"),
        refused(() -> administration.create(form("ASST-NUOVA", "BRIANZA", settings))));
  }

  @Test
  void editingKeepsTheCodeAndForgetsEveryCachedLogin() {
    Tenant edited =
        as(
            () ->
                administration.update(
                    AccountsWorld.ASST, form("ASST-ALTRO-CODICE", "MONTAGNA", Map.of())));

    assertEquals(AccountsWorld.ASST, edited.getCode());
    assertEquals(Ats.MONTAGNA, edited.getAts());
    assertEquals(List.of("*"), world.cache.evicted);
  }

  @Test
  void deactivatingAnAsstForgetsEveryCachedLoginAndItsBaseStopsServing() {
    TenantBases bases = new TenantBases();
    bases.tenants = world.tenants;
    assertTrue(bases.serves(AccountsWorld.ASST));

    as(() -> administration.setActive(AccountsWorld.ASST, false));

    assertFalse(world.asst().isActive());
    assertEquals(List.of("*"), world.cache.evicted);
    assertFalse(bases.serves(AccountsWorld.ASST));
    assertFalse(bases.serves("ASST-SCONOSCIUTA"));
    assertFalse(bases.serves(null));
  }

  @Test
  void theFirstAdministratorOfAnAsstHasOnlyThatRoleAndBelongsToIt() {
    NewUserForm form = new NewUserForm();
    form.setUsername("admin-nuova");
    form.setFullName("Amministratore");
    form.setPassword("una-password-lunga");
    form.setRoles(Set.of("PHYSICIAN"));
    form.setSpecialty("MMG");

    UserAccount admin = as(() -> administration.createAdministrator(AccountsWorld.ASST, form));

    assertEquals(Set.of(Role.TENANT_ADMIN), admin.getRoles());
    assertEquals(null, admin.getSpecialty());
    assertEquals(AccountsWorld.ASST, admin.getTenantCode());
    assertEquals(List.of(admin), world.accounts.all());
  }

  @Test
  void anAsstThatDoesNotExistIsNotFound() {
    assertThrows(NotFoundException.class, () -> as(() -> administration.get("ASST-SCONOSCIUTA")));
    assertThrows(NotFoundException.class, () -> as(() -> administration.get(null)));
  }

  @Test
  void onlyTheRegionAdministersAssts() {
    Actor asstAdmin = AccountsWorld.person("admin", Role.TENANT_ADMIN);

    assertThrows(
        AccessDeniedException.class, () -> CallContext.as(asstAdmin, administration::list));
  }

  private static TenantForm form(String code, String ats, Map<String, String> settings) {
    TenantForm form = new TenantForm();
    form.setCode(code);
    form.setName(" ASST di prova ");
    form.setAts(ats);
    form.setSettings(settings);
    return form;
  }

  /** The fields and keys of the problems the request is refused with. */
  private static List<String> refused(Supplier<?> work) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(work));
    return refused.problems().stream().map(TenantAdministrationTest::fieldAndKey).toList();
  }

  private static String fieldAndKey(Problem problem) {
    return problem.field() + ":" + problem.key();
  }

  private static <T> T as(Supplier<T> work) {
    return CallContext.as(REGION, work);
  }
}

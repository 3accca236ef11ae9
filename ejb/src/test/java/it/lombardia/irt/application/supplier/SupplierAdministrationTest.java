package it.lombardia.irt.application.supplier;

import static it.lombardia.irt.testing.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.InputValidators;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import it.lombardia.irt.testing.suppliers.InMemorySuppliers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Region's suppliers and the scope of their machine credential, without a server: suppliers in
 * memory, real Bean Validation and hashing.
 */
class SupplierAdministrationTest {

  private static final Actor REGION_ADMIN = AccountsWorld.regionAdmin();
  private static final Actor TENANT_ADMIN = AccountsWorld.person("admin", Role.TENANT_ADMIN);

  private final InMemorySuppliers suppliers = new InMemorySuppliers();
  private final Set<String> principalsTaken = new HashSet<>();
  private final SupplierAdministration administration = new SupplierAdministration();
  private final SupplierCredentials credentials = new SupplierCredentials();
  private final SupplierReach reach = new SupplierReach();

  SupplierAdministrationTest() {
    administration.suppliers = suppliers;
    administration.validator = InputValidators.real();
    administration.authentication =
        new Authentication() {
          @Override
          public boolean isPrincipalNameTaken(String name) {
            return principalsTaken.contains(name);
          }
        };
    credentials.suppliers = suppliers;
    reach.credentials = credentials;
    reach.suppliers = suppliers;
  }

  @Test
  void aSuppliersCredentialOpensOnlyTheSupplierDeskAtRegionLevel() {
    create("MEDITECH", new SupplierForm.Rule("DEVICE", null, null));
    IssuedCredentials issued = as(REGION_ADMIN, () -> administration.issueCredential("MEDITECH"));

    assertEquals("fornitore-meditech", issued.clientId());
    Actor supplier = credentials.verify(issued.clientId(), issued.secret()).orElseThrow();
    assertEquals(Set.of(Role.SUPPLIER), supplier.roles(), "no role of an ASST's users");
    assertEquals(Tenancy.REGION, supplier.tenantCode(), "no ASST of its own");
    assertTrue(credentials.verify(issued.clientId(), "not-the-secret").isEmpty());
    assertTrue(credentials.verify("fornitore-altro", issued.secret()).isEmpty());
  }

  @Test
  void aNewSecretStopsThePreviousOne() {
    create("MEDITECH", new SupplierForm.Rule("DEVICE", null, null));
    IssuedCredentials first = as(REGION_ADMIN, () -> administration.issueCredential("MEDITECH"));

    IssuedCredentials second = as(REGION_ADMIN, () -> administration.issueCredential("MEDITECH"));

    assertEquals(first.clientId(), second.clientId());
    assertTrue(credentials.verify(first.clientId(), first.secret()).isEmpty());
    assertTrue(credentials.verify(second.clientId(), second.secret()).isPresent());
  }

  @Test
  void aSupplierWithoutACredentialLetsNobodyIn() {
    create("MEDITECH", new SupplierForm.Rule("DEVICE", null, null));

    assertTrue(credentials.verify("fornitore-meditech", "").isEmpty());
    assertTrue(credentials.verify(null, "anything").isEmpty());
  }

  @Test
  void theClientNameOfAUserOrAnotherClientIsNotGivenToASupplier() {
    create("MEDITECH", new SupplierForm.Rule("DEVICE", null, null));
    principalsTaken.add("fornitore-meditech");

    ConflictException taken =
        assertThrows(
            ConflictException.class,
            () -> as(REGION_ADMIN, () -> administration.issueCredential("MEDITECH")));

    assertEquals("error.supplier.client", taken.problems().get(0).key());
    assertTrue(credentials.verify("fornitore-meditech", "").isEmpty());
  }

  @Test
  void twoSuppliersNeitherShareACodeNorARule() {
    create("MEDITECH", new SupplierForm.Rule("DEVICE", null, "Omron"));

    ConflictException sameCode =
        assertThrows(
            ConflictException.class,
            () -> create("MEDITECH", new SupplierForm.Rule("CONNECTIVITY", null, null)));
    ConflictException sameRule =
        assertThrows(
            ConflictException.class,
            () -> create("BIOSERVICE", new SupplierForm.Rule("DEVICE", null, "Omron")));

    assertEquals("error.supplier.code", sameCode.problems().get(0).key());
    assertEquals("error.supplier.rule.taken", sameRule.problems().get(0).key());
    assertEquals(1, as(REGION_ADMIN, administration::list).size(), "nothing stored by a refusal");
  }

  @Test
  void onlyTheRegionsAdministratorConfiguresSuppliers() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                TENANT_ADMIN,
                () ->
                    administration.create(
                        form("MEDITECH", new SupplierForm.Rule("DEVICE", null, null)))));
    assertThrows(AccessDeniedException.class, () -> as(TENANT_ADMIN, administration::list));
    assertTrue(suppliers.suppliers.rows.isEmpty());
  }

  @Test
  void aClientTheRegionRemovedReachesNoTicket() {
    Actor removed =
        new Actor(
            "fornitore-sparito",
            "Sparito",
            Tenancy.REGION,
            Tenancy.REGION_NAME,
            Set.of(Role.SUPPLIER),
            null,
            null);

    assertThrows(NotFoundException.class, () -> as(removed, reach::caller));
  }

  private void create(String code, SupplierForm.Rule rule) {
    as(REGION_ADMIN, () -> administration.create(form(code, rule)));
  }

  private static SupplierForm form(String code, SupplierForm.Rule rule) {
    return new SupplierForm(
        code, code + " S.p.A.", code.substring(0, 3) + "-", null, "l2@example.org", List.of(rule));
  }
}

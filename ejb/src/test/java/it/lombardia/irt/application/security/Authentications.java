package it.lombardia.irt.application.security;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.supplier.SupplierCredentials;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.infrastructure.config.NothingConfigured;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.Optional;

/** Login and its throttles over the in-memory accounts, for the account use cases' tests. */
public final class Authentications {

  private Authentications() {}

  public static Authentication in(AccountsWorld world) {
    Authentication authentication = new Authentication();
    authentication.accounts = world.accounts;
    authentication.clients = world.clients;
    authentication.tenants = world.tenants;
    authentication.clock = world.clock;
    authentication.hasher = world.hasher;
    authentication.settings = NothingConfigured.settings();
    authentication.cache = world.cache;
    authentication.throttles = throttles(world);
    authentication.suppliers = new NoSuppliers();
    return authentication;
  }

  /** The throttles with the shipped defaults: 5 free failures per username, 20 per address. */
  public static LoginThrottles throttles(AccountsWorld world) {
    LoginThrottles throttles = new LoginThrottles();
    throttles.throttles = world.throttles;
    throttles.users = world.accounts;
    throttles.clock = world.clock;
    throttles.accountFreeFailures = 5;
    throttles.addressFreeFailures = 20;
    throttles.firstDelaySeconds = 2;
    throttles.maxDelaySeconds = 300;
    throttles.forgetAfterMinutes = 60;
    throttles.readPolicies();
    return throttles;
  }

  /** No supplier has a machine client (suppliers are the help desk's, tested there). */
  private static final class NoSuppliers extends SupplierCredentials {

    @Override
    public Optional<Actor> verify(String clientId, String secret) {
      return Optional.empty();
    }

    @Override
    public Optional<Supplier> byClientId(String clientId) {
      return Optional.empty();
    }
  }
}

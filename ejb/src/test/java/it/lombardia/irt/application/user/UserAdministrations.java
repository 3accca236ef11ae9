package it.lombardia.irt.application.user;

import it.lombardia.irt.application.InputValidators;
import it.lombardia.irt.application.security.Authentications;
import it.lombardia.irt.infrastructure.config.NothingConfigured;
import it.lombardia.irt.testing.accounts.AccountsWorld;

/** Account management over the in-memory accounts, for its tests and the Region's. */
public final class UserAdministrations {

  private UserAdministrations() {}

  public static UserAdministration in(AccountsWorld world) {
    UserAdministration users = new UserAdministration();
    users.accounts = world.accounts;
    users.clock = world.clock;
    users.validator = InputValidators.real();
    users.hasher = world.hasher;
    users.passwordPolicy = policy(world);
    users.authentication = Authentications.in(world);
    users.authenticationCache = world.cache;
    return users;
  }

  static PasswordPolicy policy(AccountsWorld world) {
    PasswordPolicy policy = new PasswordPolicy();
    policy.tenants = world.tenants;
    policy.settings = NothingConfigured.settings();
    return policy;
  }
}

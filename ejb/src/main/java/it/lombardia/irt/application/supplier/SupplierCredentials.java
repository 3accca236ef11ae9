package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * A supplier's machine client, checked at login: a Region-level actor with the {@code SUPPLIER}
 * role only, which no service but the supplier's own ticket desk accepts.
 */
@Stateless
public class SupplierCredentials {

  @Inject SupplierRepository suppliers;

  /** The supplier's actor when {@code clientId} is a supplier's and {@code secret} its secret. */
  public Optional<Actor> verify(String clientId, String secret) {
    return byClientId(clientId)
        .filter(s -> s.getSecretHash() != null && Secrets.matchesDigest(secret, s.getSecretHash()))
        .map(
            s ->
                new Actor(
                    s.getClientId(),
                    s.getName(),
                    Tenancy.REGION,
                    Tenancy.REGION_NAME,
                    Set.of(Role.SUPPLIER),
                    null,
                    null));
  }

  public Optional<Supplier> byClientId(String clientId) {
    return suppliers.byClientId(clientId);
  }
}

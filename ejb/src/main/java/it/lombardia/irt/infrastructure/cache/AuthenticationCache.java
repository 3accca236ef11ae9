package it.lombardia.irt.infrastructure.cache;

import it.lombardia.irt.application.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.infinispan.Cache;

/**
 * Short-lived Infinispan caches that keep PBKDF2 and the database off the path of every API
 * request: who a principal is (its roles, tenant, whether it may still log in), and which
 * credential digests were verified a moment ago. Any change to an account or a tenant evicts what
 * it affects.
 */
@ApplicationScoped
public class AuthenticationCache {

  @Resource(lookup = "java:jboss/infinispan/cache/irt/principals")
  private Cache<String, Actor> principals;

  @Resource(lookup = "java:jboss/infinispan/cache/irt/credentials")
  private Cache<String, String> credentials;

  public Optional<Actor> principal(String name) {
    return Optional.ofNullable(principals.get(name));
  }

  public void rememberPrincipal(Actor actor) {
    principals.put(actor.name(), actor);
  }

  /**
   * The principal name a credential digest was verified for, if it was verified in the last minute.
   */
  public Optional<String> verifiedCredential(String digest) {
    return Optional.ofNullable(credentials.get(digest));
  }

  public void rememberVerifiedCredential(String digest, String principalName) {
    credentials.put(digest, principalName);
  }

  public void evict(String principalName) {
    principals.remove(principalName);
    // Digests cannot be mapped back to a principal cheaply; changes are rare, so forget them all.
    credentials.clear();
  }

  public void evictAll() {
    principals.clear();
    credentials.clear();
  }
}

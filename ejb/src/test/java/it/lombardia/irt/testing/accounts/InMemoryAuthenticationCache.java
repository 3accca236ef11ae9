package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authentication cache without Infinispan: maps, and the evictions asked for. */
public final class InMemoryAuthenticationCache extends AuthenticationCache {

  public final Map<String, Actor> principals = new HashMap<>();
  public final Map<String, String> credentials = new HashMap<>();
  public final List<String> evicted = new ArrayList<>();

  @Override
  public Optional<Actor> principal(String name) {
    return Optional.ofNullable(principals.get(name));
  }

  @Override
  public void rememberPrincipal(Actor actor) {
    principals.put(actor.name(), actor);
  }

  @Override
  public Optional<String> verifiedCredential(String digest) {
    return Optional.ofNullable(credentials.get(digest));
  }

  @Override
  public void rememberVerifiedCredential(String digest, String principalName) {
    credentials.put(digest, principalName);
  }

  @Override
  public void evict(String principalName) {
    evicted.add(principalName);
    principals.remove(principalName);
    credentials.clear();
  }

  @Override
  public void evictAll() {
    evicted.add("*");
    principals.clear();
    credentials.clear();
  }
}

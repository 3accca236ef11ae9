package it.lombardia.irt.interfaces.rest;

import jakarta.persistence.Entity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;

/**
 * Never lets a JPA entity out as JSON: REST answers are the records of {@code interfaces.rest.dto},
 * chosen field by field. {@code ArchitectureTest} checks the declared return types; this catches
 * what a {@code Response} carries, so a forgotten assembler is a 500 in the tests instead of a leak
 * (an entity serialised whole is how a booking's note once reached people outside the patient's
 * care).
 */
@Provider
public class EntityLeakGuard implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object body = response.getEntity();
    Object sample = body instanceof Collection<?> c && !c.isEmpty() ? c.iterator().next() : body;
    if (sample != null && isEntity(sample.getClass())) {
      throw new IllegalStateException(
          request.getUriInfo().getPath()
              + " would answer with the entity "
              + sample.getClass().getSimpleName());
    }
  }

  private static boolean isEntity(Class<?> type) {
    // Hibernate's proxies are subclasses of the entity
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(Entity.class)) {
        return true;
      }
    }
    return false;
  }
}

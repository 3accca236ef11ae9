package it.lombardia.irt.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route of the REST API and every operation of the FHIR API has a row in the access matrix
 * ({@code docs/access-matrix.tsv}), and every row names a route that exists: a new route without a
 * row saying who may call it fails the build. {@code AccessMatrixIT} then calls each row's route as
 * each kind of caller and checks the answer.
 */
class AccessMatrixTest {

  private static final Set<String> ROLES =
      Set.of(
          "authenticated",
          "anonymous",
          "REGION_ADMIN",
          "TENANT_ADMIN",
          "PHYSICIAN",
          "NURSE",
          "HEALTH_PROFESSIONAL",
          "COT_OPERATOR",
          "ADI_OPERATOR",
          "HELPDESK",
          "NETWORK_CURATOR",
          "API_CLIENT",
          "SUPPLIER");

  private static final Set<String> FHIR_OPERATIONS =
      Set.of(
          "Create",
          "Read",
          "Search",
          "History",
          "Transaction",
          "Update",
          "Delete",
          "Patch",
          "Operation");

  @Test
  void everyRouteHasARowAndEveryRowARoute() throws Exception {
    Set<String> routes = new TreeSet<>(restRoutes());
    routes.addAll(fhirOperations());
    Set<String> rows = new TreeSet<>();
    for (AccessMatrix.Row row : AccessMatrix.load()) {
      assertTrue(rows.add(row.route()), "two rows for " + row.route());
    }
    Set<String> missing = new TreeSet<>(routes);
    missing.removeAll(rows);
    Set<String> stale = new TreeSet<>(rows);
    stale.removeAll(routes);
    assertEquals(Set.of(), missing, "routes without a row in docs/access-matrix.tsv");
    assertEquals(Set.of(), stale, "rows of routes that do not exist");
  }

  @Test
  void everyRowNamesWhoMayCallIt() throws IOException {
    for (AccessMatrix.Row row : AccessMatrix.load()) {
      assertTrue(!row.roles().isEmpty(), row.route() + " names no role");
      assertTrue(
          row.roles().stream().allMatch(r -> ROLES.contains(r.replace("*", ""))),
          row.route() + ": unknown role in " + row.roles());
      assertTrue(
          row.roles().contains("API_CLIENT") == !row.scope().equals("-"),
          row.route() + ": API clients need a scope, and only they");
      assertTrue(
          Set.of("none", "IDENTITY", "PATHWAY", "CLINICAL").contains(row.patient()),
          row.route() + ": unknown part " + row.patient());
    }
  }

  private static List<String> restRoutes() throws Exception {
    List<String> routes = new ArrayList<>();
    for (Class<?> type : classesIn("it.lombardia.irt.interfaces.rest")) {
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        String verb = httpMethod(m);
        if (verb != null) {
          Path sub = m.getAnnotation(Path.class);
          routes.add(
              verb
                  + " /api/"
                  + strip(base.value())
                  + (sub == null ? "" : "/" + strip(sub.value())));
        }
      }
    }
    return routes;
  }

  private static List<String> fhirOperations() throws Exception {
    List<String> operations = new ArrayList<>(List.of("FHIR metadata"));
    for (Class<?> type : classesIn("it.lombardia.irt.interfaces.fhir")) {
      for (Method m : type.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          String kind = a.annotationType().getSimpleName();
          if (a.annotationType().getPackageName().equals("ca.uhn.fhir.rest.annotation")
              && FHIR_OPERATIONS.contains(kind)) {
            String resource =
                IResourceProvider.class.isAssignableFrom(type) ? " " + resourceType(type) : "";
            operations.add("FHIR " + kind.toLowerCase() + resource);
            if (a instanceof Read read && read.version()) {
              operations.add("FHIR vread" + resource);
            }
          }
        }
      }
    }
    return operations;
  }

  private static String resourceType(Class<?> provider) throws ReflectiveOperationException {
    var constructor = provider.getDeclaredConstructor();
    constructor.setAccessible(true);
    return ((IResourceProvider) constructor.newInstance()).getResourceType().getSimpleName();
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  private static List<Class<?>> classesIn(String pkg) throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("target/classes").resolve(pkg.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      for (java.nio.file.Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          classes.add(
              Class.forName(
                  pkg + "." + name.substring(0, name.length() - 6),
                  false,
                  AccessMatrixTest.class.getClassLoader()));
        }
      }
    }
    return classes;
  }
}

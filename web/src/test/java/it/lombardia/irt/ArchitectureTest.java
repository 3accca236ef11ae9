package it.lombardia.irt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of IRT's layers, checked on the compiled classes of {@code spi}, {@code ejb}
 * and {@code web}: the domain knows nothing above it, the REST API answers with its own records (an
 * entity serialised as JSON is how a booking's note once reached people outside the care), and the
 * web layer talks to the application, not to infrastructure.
 */
class ArchitectureTest {

  private static final JavaClasses IRT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.lombardia.irt");

  @Test
  void domainDependsOnNothingAboveIt() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("it.lombardia.irt.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "it.lombardia.irt.application..",
                "it.lombardia.irt.infrastructure..",
                "it.lombardia.irt.interfaces..");
    rule.check(IRT);
  }

  @Test
  void restAnswersAreNeverEntities() {
    ArchRule rule =
        methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Path.class)
            .and()
            .arePublic()
            .should(notReturnAnEntity());
    rule.check(IRT);
  }

  /**
   * Pages, resources and the FHIR server reach the caller through {@code application.CurrentUser}
   * and adapters through the application's own types ({@code VideoJoin}, {@code AnaRecord}, {@code
   * TableReport}), never infrastructure directly.
   */
  @Test
  void webTalksToTheApplicationNotToInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("it.lombardia.irt.interfaces..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("it.lombardia.irt.infrastructure..")
        .check(IRT);
  }

  /**
   * The use cases that reach the database through their aggregates' repositories hold no {@code
   * EntityManager}: their rules stay unit-testable with in-memory fakes. The list grows as areas
   * move.
   */
  @Test
  void repositoryUseCasesHoldNoEntityManager() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "it.lombardia.irt.application.user",
            "it.lombardia.irt.application.tenant",
            "it.lombardia.irt.application.security",
            "it.lombardia.irt.application.apiclient",
            "it.lombardia.irt.application.consent",
            "it.lombardia.irt.application.device",
            "it.lombardia.irt.application.notification",
            "it.lombardia.irt.application.network")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(IRT);
  }

  private static ArchCondition<JavaMethod> notReturnAnEntity() {
    return new ArchCondition<>("not return a JPA entity (nor a collection of them)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (mentionsAnEntity(method.getReturnType())) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " returns " + method.getReturnType().getName()));
        }
      }
    };
  }

  private static boolean mentionsAnEntity(JavaType type) {
    JavaClass raw = type.toErasure();
    if (raw.isAnnotatedWith(Entity.class)) {
      return true;
    }
    return type instanceof JavaParameterizedType parameterized
        && parameterized.getActualTypeArguments().stream()
            .anyMatch(ArchitectureTest::mentionsAnEntity);
  }
}

package it.lombardia.irt.plugin.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.validation.NetworkValidator;
import it.lombardia.irt.spi.validation.ValidationReport;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The contract every clinical-network plug-in must honour. A plug-in's build extends this class in
 * one test and names its plug-in class; the tests then check what the IRT runtime checks when it
 * loads the jar.
 *
 * <pre>
 * class CardiologyPluginTest extends PluginContract {
 *   CardiologyPluginTest() { super(CardiologyPlugin.class, "cardiology"); }
 * }
 * </pre>
 */
public abstract class PluginContract {

  private final Class<? extends ClinicalNetworkPlugin> pluginClass;
  private final String networkId;

  protected PluginContract(Class<? extends ClinicalNetworkPlugin> pluginClass, String networkId) {
    this.pluginClass = pluginClass;
    this.networkId = networkId;
  }

  /** A fresh instance, as the runtime creates it (public no-argument constructor). */
  protected ClinicalNetworkPlugin plugin() {
    try {
      return pluginClass.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          pluginClass.getName() + " needs a public no-argument constructor", e);
    }
  }

  @Test
  void isDiscoveredThroughItsServiceFile() {
    List<String> found =
        ServiceLoader.load(ClinicalNetworkPlugin.class, pluginClass.getClassLoader()).stream()
            .map(p -> p.type().getName())
            .toList();

    assertTrue(
        found.contains(pluginClass.getName()),
        "META-INF/services/"
            + ClinicalNetworkPlugin.class.getName()
            + " must list "
            + pluginClass.getName()
            + "; found "
            + found);
  }

  /**
   * A plug-in is content: it may use the SPI and the JDK, nothing of the server (which it could not
   * reach anyway: an uploaded jar is read in a sandboxed JVM).
   */
  @Test
  void dependsOnlyOnTheSpiAndTheJdk() {
    String own = pluginClass.getPackageName();
    JavaClasses plugin =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(own);

    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "it.lombardia.irt.spi..", own + "..")
        .check(plugin);
  }

  @Test
  void passesTheValidationIrtApplies() {
    ValidationReport report = NetworkValidator.validate(plugin().define());

    assertTrue(report.isValid(), report.describe());
  }

  @Test
  void declaresItsNetworkId() {
    assertEquals(networkId, plugin().define().id());
  }

  @Test
  void describesTheSameContentEveryTime() {
    NetworkDefinition first = plugin().define();
    NetworkDefinition second = plugin().define();

    assertEquals(
        first, second, "define() must be deterministic: IRT stores what it returns as a version");
  }
}

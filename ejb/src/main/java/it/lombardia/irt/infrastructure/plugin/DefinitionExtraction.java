package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import java.io.PrintStream;
import java.security.CodeSource;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The main class of the child JVM that {@link PluginSandbox} starts for an uploaded plug-in: it
 * loads the one plug-in on its class path, asks it for its definition and prints it as JSON on
 * standard output (exit status 0), or prints why it could not (exit status {@value #REFUSED}). What
 * the plug-in itself prints goes to standard error, so it cannot pass for the result.
 *
 * <p>On JDKs that still have a SecurityManager (before 24) the plug-in's code runs with no
 * permission at all: no files, sockets, processes, properties or environment.
 */
public final class DefinitionExtraction {

  static final int REFUSED = 2;

  private DefinitionExtraction() {}

  public static void main(String[] args) {
    PrintStream result = System.out;
    System.setOut(System.err);
    int status = 0;
    String output;
    try {
      if (Runtime.version().feature() < 24) {
        withholdEveryPermissionFromThePlugin();
      }
      output = RecordJson.write(definition());
    } catch (Refusal e) {
      status = REFUSED;
      output = e.getMessage();
    } catch (OutOfMemoryError e) {
      status = REFUSED;
      output =
          "the plug-in ran out of memory (limit "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB)";
    } catch (RuntimeException | Error e) {
      status = REFUSED;
      output = "the plug-in's definition cannot be written: " + e;
    }
    result.print(output);
    result.flush();
    // halt, not exit: threads the plug-in started must not keep this JVM alive
    Runtime.getRuntime().halt(status);
  }

  private static Object definition() throws Refusal {
    List<ServiceLoader.Provider<ClinicalNetworkPlugin>> providers;
    try {
      providers = ServiceLoader.load(ClinicalNetworkPlugin.class).stream().toList();
    } catch (ServiceConfigurationError e) {
      throw new Refusal(
          "the plug-in's service file names a class that cannot be loaded: " + e.getMessage());
    }
    if (providers.size() != 1) {
      throw new Refusal(
          "a plug-in jar must list exactly one implementation of "
              + ClinicalNetworkPlugin.class.getName()
              + " in META-INF/services; found "
              + providers.size());
    }
    ServiceLoader.Provider<ClinicalNetworkPlugin> provider = providers.get(0);
    try {
      return provider.get().define();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      throw new Refusal(
          "plug-in class "
              + provider.type().getName()
              + " failed to describe its network: "
              + PluginFailure.causeOf(e));
    }
  }

  /** Grants everything to this class's jar and nothing to any other (the plug-in's, the SPI's). */
  @SuppressWarnings("removal")
  private static void withholdEveryPermissionFromThePlugin() {
    CodeSource trusted = DefinitionExtraction.class.getProtectionDomain().getCodeSource();
    Policy.setPolicy(new OnlyTrusted(trusted));
    System.setSecurityManager(new SecurityManager());
  }

  @SuppressWarnings("removal")
  private static final class OnlyTrusted extends Policy {

    private final CodeSource trusted;

    OnlyTrusted(CodeSource trusted) {
      this.trusted = trusted;
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
      return domain != null && trusted.equals(domain.getCodeSource());
    }
  }

  private static final class Refusal extends Exception {
    Refusal(String reason) {
      super(reason);
    }
  }
}

package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The plug-ins shipped inside the application (the jars under {@code plugins/}, in the EAR's lib).
 * They run in-process: they come with the release, unlike uploads (see {@link PluginSandbox}).
 */
public final class BuiltInPlugins {

  private BuiltInPlugins() {}

  /**
   * The built-in plug-ins that could be loaded, and one line per provider that could not: a class
   * that is missing, fails to initialise or cannot be instantiated costs its own network only.
   */
  public record Discovery(List<ClinicalNetworkPlugin> plugins, List<String> failures) {}

  public static Discovery discover(ClassLoader loader) {
    List<ClinicalNetworkPlugin> plugins = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    // The iterator, unlike stream(), goes on with the next provider after one fails.
    Iterator<ClinicalNetworkPlugin> providers =
        ServiceLoader.load(ClinicalNetworkPlugin.class, loader).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        plugins.add(providers.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        String failure = describe(e);
        if (failures.contains(failure)) {
          break; // the loader cannot move past this provider
        }
        failures.add(failure);
      }
    }
    return new Discovery(List.copyOf(plugins), List.copyOf(failures));
  }

  private static String describe(Throwable e) {
    Throwable cause = PluginFailure.causeOf(e);
    return cause == e ? e.toString() : e.getMessage() + ": " + cause;
  }
}

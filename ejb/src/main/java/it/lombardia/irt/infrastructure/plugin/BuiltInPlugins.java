package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The plug-ins shipped inside the application (the jars under {@code plugins/}, in the EAR's lib).
 */
public final class BuiltInPlugins {

  private BuiltInPlugins() {}

  public static List<ServiceLoader.Provider<ClinicalNetworkPlugin>> discover(ClassLoader loader) {
    return ServiceLoader.load(ClinicalNetworkPlugin.class, loader).stream().toList();
  }
}

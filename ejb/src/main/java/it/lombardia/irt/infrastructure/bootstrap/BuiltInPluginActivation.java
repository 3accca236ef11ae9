package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.application.network.NetworkReleases;
import it.lombardia.irt.application.network.PluginRefusedException;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.infrastructure.plugin.BuiltInPlugins;
import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Activates the plug-ins shipped with IRT at start-up, each on its own: a broken one is refused
 * with its report in the log, and the platform keeps every other network (and that network's
 * earlier releases).
 */
@ApplicationScoped
public class BuiltInPluginActivation {

  private static final Logger LOG = Logger.getLogger(BuiltInPluginActivation.class.getName());

  @Inject NetworkReleases releases;

  public void activateAll(ClassLoader loader) {
    BuiltInPlugins.Discovery discovery = BuiltInPlugins.discover(loader);
    discovery
        .failures()
        .forEach(failure -> LOG.severe(() -> "A built-in plug-in cannot be loaded: " + failure));
    discovery.plugins().forEach(this::activate);
  }

  private void activate(ClinicalNetworkPlugin plugin) {
    String name = plugin.getClass().getName();
    try {
      NetworkRelease release =
          releases.activate(plugin.define(), NetworkRelease.Origin.BUILT_IN, null, "system");
      LOG.info(
          () ->
              "Clinical network "
                  + release.getNetworkId()
                  + " "
                  + release.getVersion()
                  + " active ("
                  + name
                  + ")");
    } catch (PluginRefusedException e) {
      LOG.severe(() -> "Built-in plug-in " + name + " refused: " + e.report().describe());
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.SEVERE, "Built-in plug-in " + name + " failed to describe its network", e);
    }
  }
}

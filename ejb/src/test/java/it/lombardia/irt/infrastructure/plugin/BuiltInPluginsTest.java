package it.lombardia.irt.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.testing.plugin.MisbehavingPlugins;
import it.lombardia.irt.testing.plugin.SampleNetworkPlugin;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInPluginsTest {

  @Test
  void aProviderThatFailsToLoadIsNamedAndTheOthersAreStillDiscovered(@TempDir Path root)
      throws Exception {
    Path services = root.resolve("META-INF/services/" + ClinicalNetworkPlugin.class.getName());
    Files.createDirectories(services.getParent());
    Files.write(
        services,
        List.of(
            MisbehavingPlugins.FailsToInitialise.class.getName(),
            SampleNetworkPlugin.class.getName(),
            "it.lombardia.irt.plugins.Vanished",
            MisbehavingPlugins.FailsToConstruct.class.getName(),
            MisbehavingPlugins.LoopsForever.class.getName()));

    BuiltInPlugins.Discovery discovery;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
      discovery = BuiltInPlugins.discover(loader);
    }

    assertEquals(
        List.of(SampleNetworkPlugin.class, MisbehavingPlugins.LoopsForever.class),
        discovery.plugins().stream().map(Object::getClass).toList());
    List<String> failures = discovery.failures();
    assertEquals(3, failures.size(), failures.toString());
    assertTrue(
        failures.get(0).contains(MisbehavingPlugins.FailsToInitialise.class.getName())
            && failures.get(0).contains("no configuration here"),
        failures.get(0));
    assertTrue(failures.get(1).contains("it.lombardia.irt.plugins.Vanished"), failures.get(1));
    assertTrue(
        failures.get(2).contains(MisbehavingPlugins.FailsToConstruct.class.getName())
            && failures.get(2).contains("cannot start"),
        failures.get(2));
  }
}

package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.NetworkDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipInputStream;

/**
 * Reads the definition out of an uploaded plug-in jar. The jar is needed only for that: what IRT
 * keeps is the definition, so the class loader is closed and the file deleted afterwards. Failures
 * name the plug-in class or the problem, never a bare stack trace.
 */
public final class PluginJarLoader {

  private PluginJarLoader() {}

  public static NetworkDefinition definitionIn(byte[] jar) throws PluginLoadException {
    if (jar == null || jar.length == 0) {
      throw new PluginLoadException(
          "the upload is empty: send the plug-in jar as the request body");
    }
    if (!isZip(jar)) {
      throw new PluginLoadException("the upload is not a jar file");
    }
    Path file = null;
    try {
      file = Files.createTempFile("irt-plugin-", ".jar");
      Files.write(file, jar);
      try (PluginClassLoader loader =
          new PluginClassLoader(
              file.toUri().toURL(), ClinicalNetworkPlugin.class.getClassLoader())) {
        List<ServiceLoader.Provider<ClinicalNetworkPlugin>> providers;
        try {
          providers = ServiceLoader.load(ClinicalNetworkPlugin.class, loader).stream().toList();
        } catch (ServiceConfigurationError e) {
          throw new PluginLoadException(
              "the plug-in's service file names a class that cannot be loaded: " + e.getMessage());
        }
        if (providers.size() != 1) {
          throw new PluginLoadException(
              "a plug-in jar must list exactly one implementation of "
                  + ClinicalNetworkPlugin.class.getName()
                  + " in META-INF/services; found "
                  + providers.size());
        }
        return define(providers.get(0));
      }
    } catch (IOException e) {
      throw new PluginLoadException("the jar cannot be read: " + e.getMessage());
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  static NetworkDefinition define(ServiceLoader.Provider<ClinicalNetworkPlugin> provider)
      throws PluginLoadException {
    String name = provider.type().getName();
    try {
      return provider.get().define();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      throw new PluginLoadException(
          "plug-in class " + name + " failed to describe its network: " + e);
    }
  }

  private static boolean isZip(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return zip.getNextEntry() != null;
    } catch (IOException e) {
      return false;
    }
  }
}

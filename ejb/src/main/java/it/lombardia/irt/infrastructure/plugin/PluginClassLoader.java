package it.lombardia.irt.infrastructure.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * Loads an uploaded plug-in jar child-first: the SPI and the JDK come from IRT, everything else
 * from the jar, so a new version of a built-in plug-in is not shadowed by the built-in classes.
 * Service files are read from the jar only.
 */
final class PluginClassLoader extends URLClassLoader {

  private static final String SPI_PACKAGE = "it.lombardia.irt.spi.";

  PluginClassLoader(URL jar, ClassLoader spiLoader) {
    super(new URL[] {jar}, spiLoader);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      if (name.startsWith("java.") || name.startsWith(SPI_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        try {
          loaded = findClass(name);
        } catch (ClassNotFoundException notInJar) {
          loaded = getParent().loadClass(name);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
  }
}

package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Builds plug-in jars from test classes, as a working group would ship them. */
public final class PluginJars {

  private PluginJars() {}

  /** A jar with the provider, its superclasses outside the SPI and its service file. */
  public static byte[] of(Class<? extends ClinicalNetworkPlugin> provider) {
    return of(provider, Map.of());
  }

  /** The same, with resources (name → text) for the provider to read. */
  public static byte[] of(
      Class<? extends ClinicalNetworkPlugin> provider, Map<String, String> resources) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (Class<?> c = provider; c != Object.class; c = c.getSuperclass()) {
      classes.add(c);
      classes.add(c.getNestHost());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      for (Class<?> c : classes) {
        String entry = c.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(entry));
        try (InputStream in = PluginJars.class.getResourceAsStream("/" + entry)) {
          in.transferTo(jar);
        }
      }
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        jar.putNextEntry(new JarEntry(resource.getKey()));
        jar.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
      }
      jar.putNextEntry(new JarEntry("META-INF/services/" + ClinicalNetworkPlugin.class.getName()));
      jar.write((provider.getName() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A jar that lists no plug-in. */
  public static byte[] withoutPlugin() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      jar.putNextEntry(new JarEntry("README.txt"));
      jar.write("nothing to see".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.content.NetworkDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Trial plug-ins that try what uploaded code must never do in the server. Each is a provider of its
 * own; see {@link TrialPluginJar#misbehaving}.
 */
public final class MisbehavingTrialPlugins {

  private MisbehavingTrialPlugins() {}

  /**
   * Where its static initialiser finds the server's configuration ({@code irt.data.dir}), it leaves
   * a marker file at the path named by its {@code marker} setting; then it describes its network as
   * usual.
   */
  public static class LooksForTheServer extends TrialNetworkPlugin {
    static {
      try {
        if (System.getProperty("irt.data.dir") != null) {
          Files.writeString(Path.of(settings().getProperty("marker")), "ran in the server");
        }
      } catch (SecurityException forbidden) {
        // a SecurityManager in the sandbox: not even the question may be asked
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Describes its network only if it can reach IRT's datasource. */
  public static class ReachesForTheDatabase extends TrialNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      try {
        new InitialContext().lookup("java:jboss/datasources/IrtDS");
      } catch (NamingException e) {
        throw new IllegalStateException("no datasource: " + e, e);
      }
      return super.define();
    }
  }

  /** Never finishes its definition. */
  public static class NeverFinishes extends TrialNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      long spins = 0;
      while (spins >= 0) {
        spins = (spins + 1) % 1_000;
      }
      return super.define();
    }
  }
}

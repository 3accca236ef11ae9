package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test plug-ins that do what a plug-in must not, each a provider of its own. */
public final class MisbehavingPlugins {

  public static final String PROBE = "irt.test.plugin-ran-here";
  public static final String SECRET = "irt.test.db-password";
  public static final String HOME = "home-port.txt";

  private MisbehavingPlugins() {}

  /** Marks the JVM its static initialiser runs in, then describes a network as usual. */
  public static class MarksItsJvm extends SampleNetworkPlugin {
    static {
      try {
        System.setProperty(PROBE, "yes");
      } catch (SecurityException forbiddenInTheSandbox) {
        // where a SecurityManager holds, the mark cannot even be attempted
      }
    }
  }

  /** Cites what it can see of its JVM's environment and of a secret property of the server. */
  public static class ReportsWhatItSees extends SampleNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      NetworkDefinition sample = super.define();
      String seen = "env=" + System.getenv().size() + " secret=" + System.getProperty(SECRET);
      return new NetworkDefinition(
          sample.id(),
          sample.version(),
          sample.requiredSpi(),
          sample.name(),
          sample.conditions(),
          sample.devices(),
          sample.questionnaires(),
          sample.tariffs(),
          List.of(new Source("seen", seen)));
    }
  }

  /** Describes its network only if it can connect to the port named in {@link #HOME}. */
  public static class CallsHome extends SampleNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      try (InputStream in = CallsHome.class.getClassLoader().getResourceAsStream(HOME);
          Socket socket = new Socket()) {
        int port = Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return super.define();
    }
  }

  /** Never returns from define(). */
  public static class LoopsForever implements ClinicalNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      long spins = 0;
      while (spins >= 0) {
        spins = (spins + 1) % 1_000;
      }
      throw new AssertionError("unreachable");
    }
  }

  /** Fails in its static initialiser. */
  public static class FailsToInitialise extends SampleNetworkPlugin {
    static {
      if (Boolean.TRUE) {
        throw new IllegalStateException("no configuration here");
      }
    }
  }

  /** Fails in its constructor. */
  public static class FailsToConstruct extends SampleNetworkPlugin {
    public FailsToConstruct() {
      throw new IllegalStateException("cannot start");
    }
  }

  /** Fills its heap. */
  public static class ExhaustsMemory implements ClinicalNetworkPlugin {
    @Override
    public NetworkDefinition define() {
      java.util.List<long[]> hoard = new java.util.ArrayList<>();
      while (hoard.size() >= 0) {
        hoard.add(new long[1_000_000]);
      }
      throw new AssertionError("unreachable");
    }
  }
}

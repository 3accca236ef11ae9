package it.lombardia.irt.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.testing.plugin.MisbehavingPlugins;
import it.lombardia.irt.testing.plugin.PluginJars;
import it.lombardia.irt.testing.plugin.SampleNetworkPlugin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Uploaded plug-ins are read in a child JVM; these tests start real ones. */
class PluginSandboxTest {

  static PluginSandbox sandbox(int timeoutSeconds) {
    PluginSandbox sandbox = new PluginSandbox();
    sandbox.timeoutSeconds = timeoutSeconds;
    sandbox.memoryMb = 64;
    sandbox.commandPrefix = Optional.empty();
    sandbox.parallel = 1;
    sandbox.trustStore = Optional.empty();
    sandbox.trustStorePassword = Optional.empty();
    return sandbox;
  }

  private static String refusal(Class<? extends it.lombardia.irt.spi.ClinicalNetworkPlugin> p) {
    return assertThrows(PluginLoadException.class, () -> sandbox(30).definitionIn(PluginJars.of(p)))
        .getMessage();
  }

  @Test
  void readsTheSameDefinitionThePluginGivesInProcess() throws Exception {
    assertEquals(
        new SampleNetworkPlugin().define(),
        sandbox(30).definitionIn(PluginJars.of(SampleNetworkPlugin.class)));
  }

  @Test
  void theStaticInitialiserOfAnUploadDoesNotRunInTheServer() throws Exception {
    assertNull(System.getProperty(MisbehavingPlugins.PROBE));

    try {
      sandbox(30).definitionIn(PluginJars.of(MisbehavingPlugins.MarksItsJvm.class));
    } catch (PluginLoadException refusedWhereASecurityManagerHolds) {
      // either way, what matters is where the initialiser ran
    }

    assertNull(System.getProperty(MisbehavingPlugins.PROBE));
  }

  @Test
  void aPluginSeesNeitherTheServersEnvironmentNorItsSystemProperties() throws Exception {
    System.setProperty(MisbehavingPlugins.SECRET, "s3cret");
    try {
      NetworkDefinition seen =
          sandbox(30).definitionIn(PluginJars.of(MisbehavingPlugins.ReportsWhatItSees.class));
      assertEquals("env=0 secret=null", seen.sources().get(0).citation());
    } catch (PluginLoadException e) {
      assertTrue(Runtime.version().feature() < 24, "only a SecurityManager refuses: " + e);
      assertTrue(e.getMessage().contains("AccessControlException"), e.getMessage());
    } finally {
      System.clearProperty(MisbehavingPlugins.SECRET);
    }
  }

  @Test
  void aCommandPrefixSuchAsUnshareCutsThePluginOffTheNetwork() throws Exception {
    List<String> unshare = List.of("/usr/bin/unshare", "--net", "--map-root-user");
    assumeTrue(
        Files.isExecutable(Path.of(unshare.get(0)))
            && new ProcessBuilder(concat(unshare, "true")).start().waitFor() == 0,
        "unprivileged network namespaces are available");
    PluginSandbox sandbox = sandbox(30);
    sandbox.commandPrefix = Optional.of(unshare);
    try (ServerSocket home = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      byte[] jar =
          PluginJars.of(
              MisbehavingPlugins.CallsHome.class,
              Map.of(MisbehavingPlugins.HOME, String.valueOf(home.getLocalPort())));

      String reason =
          assertThrows(PluginLoadException.class, () -> sandbox.definitionIn(jar)).getMessage();

      assertTrue(reason.contains(MisbehavingPlugins.CallsHome.class.getName()), reason);
    }
  }

  private static List<String> concat(List<String> command, String more) {
    List<String> all = new ArrayList<>(command);
    all.add(more);
    return all;
  }

  @Test
  void aSandboxThatCannotStartRefusesTheUploadClearly() {
    PluginSandbox sandbox = sandbox(30);
    sandbox.commandPrefix = Optional.of(List.of("/nonexistent/isolator"));

    assertEquals(
        "the plug-in's sandbox cannot start (see the server log)",
        assertThrows(
                PluginLoadException.class,
                () -> sandbox.definitionIn(PluginJars.of(SampleNetworkPlugin.class)))
            .getMessage());
  }

  @Test
  void aPluginThatNeverFinishesIsStoppedAndRefusedAfterTheTimeout() {
    long start = System.nanoTime();
    PluginLoadException refused =
        assertThrows(
            PluginLoadException.class,
            () -> sandbox(3).definitionIn(PluginJars.of(MisbehavingPlugins.LoopsForever.class)));

    assertEquals(
        "the plug-in did not finish describing its network within 3 seconds", refused.getMessage());
    assertTrue((System.nanoTime() - start) / 1_000_000_000 < 15, "stopped at the timeout");
  }

  @Test
  void failuresOfThePluginAreRefusedNamingItsClassAndCause() {
    String initialiser = refusal(MisbehavingPlugins.FailsToInitialise.class);
    String constructor = refusal(MisbehavingPlugins.FailsToConstruct.class);

    assertTrue(
        initialiser.startsWith(
            "plug-in class " + MisbehavingPlugins.FailsToInitialise.class.getName() + " failed"),
        initialiser);
    assertTrue(initialiser.contains("IllegalStateException: no configuration here"), initialiser);
    assertTrue(constructor.contains("IllegalStateException: cannot start"), constructor);
  }

  @Test
  void aPluginThatExhaustsItsMemoryIsRefusedSayingSo() {
    String reason = refusal(MisbehavingPlugins.ExhaustsMemory.class);

    assertTrue(reason.startsWith("the plug-in ran out of memory"), reason);
  }

  @Test
  void garbageAndJarsWithoutAPluginAreRefusedBeforeOrInTheSandbox() {
    PluginSandbox sandbox = sandbox(30);

    assertEquals(
        "the upload is not a jar file",
        assertThrows(PluginLoadException.class, () -> sandbox.definitionIn("x".getBytes()))
            .getMessage());
    String none =
        assertThrows(
                PluginLoadException.class, () -> sandbox.definitionIn(PluginJars.withoutPlugin()))
            .getMessage();
    assertTrue(none.contains("exactly one implementation") && none.endsWith("found 0"), none);
  }

  @Test
  void leavesNoWorkingDirectoryBehind() throws Exception {
    List<Path> before = sandboxDirectories();

    sandbox(30).definitionIn(PluginJars.of(SampleNetworkPlugin.class));
    assertThrows(
        PluginLoadException.class,
        () -> sandbox(30).definitionIn(PluginJars.of(MisbehavingPlugins.FailsToConstruct.class)));

    assertEquals(before, sandboxDirectories());
  }

  private static List<Path> sandboxDirectories() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("irt-plugin-"))
          .sorted()
          .toList();
    }
  }
}

package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the definition out of an uploaded plug-in jar without running the jar's code in the server:
 * a child JVM ({@link DefinitionExtraction}) with only the JDK, the SPI and the jar on its class
 * path, an empty environment, none of the server's system properties, a memory limit, a time limit
 * and a throw-away working directory prints the definition as JSON, and the server reads only that
 * JSON. Every failure of the child (a timeout, a crash, an exception of the plug-in, output that is
 * not a definition) is a {@link PluginLoadException} naming the reason.
 */
@ApplicationScoped
public class PluginSandbox {

  private static final Logger LOG = Logger.getLogger(PluginSandbox.class.getName());
  private static final long MAX_DEFINITION_BYTES = 4L * 1024 * 1024;
  private static final int MAX_REASON_CHARS = 1000;

  /** The SPI jar, copied into this package by the build (the EAR's copy is not a file). */
  private static final String SPI_JAR = "irt-spi.jar";

  @Inject
  @ConfigProperty(name = "irt.plugins.sandbox.timeout-seconds", defaultValue = "30")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "irt.plugins.sandbox.memory-mb", defaultValue = "128")
  int memoryMb;

  @Inject
  @ConfigProperty(name = "irt.plugins.sandbox.command-prefix")
  Optional<List<String>> commandPrefix;

  @Inject
  @ConfigProperty(name = "irt.plugins.sandbox.parallel", defaultValue = "2")
  int parallel;

  @Inject
  @ConfigProperty(name = "irt.plugins.signature.required", defaultValue = "false")
  boolean signatureRequired;

  @Inject
  @ConfigProperty(name = "irt.plugins.signature.trust-store")
  Optional<String> trustStore;

  @Inject
  @ConfigProperty(name = "irt.plugins.signature.trust-store-password")
  Optional<String> trustStorePassword;

  private Semaphore running;

  public NetworkDefinition definitionIn(byte[] jar) throws PluginLoadException {
    if (jar == null || jar.length == 0) {
      throw new PluginLoadException(
          "the upload is empty: send the plug-in jar as the request body");
    }
    if (!isZip(jar)) {
      throw new PluginLoadException("the upload is not a jar file");
    }
    Semaphore slots = slots();
    try {
      if (!slots.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new PluginLoadException(
            "other plug-ins are being read right now; send this one again in a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginLoadException("the upload was interrupted");
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("irt-plugin-");
      return extract(jar, dir);
    } catch (IOException e) {
      throw new PluginLoadException("the jar cannot be read: " + e.getMessage());
    } finally {
      slots.release();
      deleteQuietly(dir);
    }
  }

  private synchronized Semaphore slots() {
    if (running == null) {
      running = new Semaphore(Math.max(1, parallel), true);
    }
    return running;
  }

  private NetworkDefinition extract(byte[] jar, Path dir) throws IOException, PluginLoadException {
    Path launcher = dir.resolve("launcher.jar");
    writeLauncher(launcher);
    Path spi = dir.resolve(SPI_JAR);
    try (InputStream in = PluginSandbox.class.getResourceAsStream(SPI_JAR)) {
      if (in == null) {
        throw new IllegalStateException(SPI_JAR + " is missing beside " + PluginSandbox.class);
      }
      Files.copy(in, spi);
    }
    Path plugin = Files.write(dir.resolve("plugin.jar"), jar);
    if (signatureRequired) {
      trustedSigners().requireSigned(plugin);
    }
    Path work = Files.createDirectory(dir.resolve("work"));
    Path output = dir.resolve("definition.json");
    ProcessBuilder builder =
        new ProcessBuilder(command(work, launcher, spi, plugin))
            .directory(work.toFile())
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear(); // the server's environment holds its secrets
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "The plug-in sandbox cannot start: " + builder.command(), e);
      throw new PluginLoadException("the plug-in's sandbox cannot start (see the server log)");
    }
    int status = awaitEnd(child);
    if (Files.size(output) > MAX_DEFINITION_BYTES) {
      throw new PluginLoadException(
          "the plug-in's definition is larger than " + MAX_DEFINITION_BYTES / 1024 + " KB");
    }
    String printed = Files.readString(output, StandardCharsets.ISO_8859_1);
    if (status == DefinitionExtraction.REFUSED) {
      throw new PluginLoadException(oneLine(printed));
    }
    if (status != 0) {
      throw new PluginLoadException(
          "the plug-in's sandbox stopped unexpectedly (exit status " + status + ")");
    }
    return DefinitionJson.readUntrusted(printed)
        .orElseThrow(() -> new PluginLoadException("the plug-in printed no readable definition"));
  }

  private TrustedSigners trustedSigners() throws PluginLoadException {
    if (trustStore.isEmpty()) {
      LOG.severe("irt.plugins.signature.required is set without irt.plugins.signature.trust-store");
      throw new PluginLoadException(
          "signed plug-ins are required but the Region has configured no trust store");
    }
    return TrustedSigners.from(Path.of(trustStore.get()), trustStorePassword.orElse(null));
  }

  private List<String> command(Path work, Path launcher, Path spi, Path plugin) {
    List<String> command = new ArrayList<>(commandPrefix.orElse(List.of()));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx" + memoryMb + "m",
            "-XX:MaxMetaspaceSize=64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:ActiveProcessorCount=1",
            "-XX:-UsePerfData",
            "-Djava.io.tmpdir=" + work,
            "-Duser.home=" + work));
    int jdk = Runtime.version().feature();
    if (jdk >= 18 && jdk < 24) {
      command.add("-Djava.security.manager=allow");
    }
    command.addAll(
        List.of(
            "-cp",
            String.join(File.pathSeparator, launcher.toString(), spi.toString(), plugin.toString()),
            DefinitionExtraction.class.getName()));
    return command;
  }

  private int awaitEnd(Process child) throws PluginLoadException {
    try {
      if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        kill(child);
        LOG.warning(() -> "An uploaded plug-in was stopped after " + timeoutSeconds + " s");
        throw new PluginLoadException(
            "the plug-in did not finish describing its network within "
                + timeoutSeconds
                + " seconds");
      }
      return child.exitValue();
    } catch (InterruptedException e) {
      kill(child);
      Thread.currentThread().interrupt();
      throw new PluginLoadException("the upload was interrupted");
    }
  }

  private static void kill(Process child) {
    child.descendants().forEach(ProcessHandle::destroyForcibly);
    child.destroyForcibly();
    try {
      child.waitFor(5, TimeUnit.SECONDS); // so that its directory can be deleted
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The child's main class and its helpers, as a jar of their own (the EJB jar is no file). */
  private static void writeLauncher(Path target) throws IOException {
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target))) {
      for (Class<?> host :
          List.of(DefinitionExtraction.class, RecordJson.class, PluginFailure.class)) {
        for (Class<?> type : host.getNestMembers()) {
          String entry = type.getName().replace('.', '/') + ".class";
          try (InputStream in = PluginSandbox.class.getResourceAsStream("/" + entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
          }
        }
      }
    }
  }

  private static String oneLine(String reason) {
    String line = reason.replaceAll("\\s+", " ").trim();
    if (line.isEmpty()) {
      return "the plug-in was refused without a reason";
    }
    return line.length() > MAX_REASON_CHARS ? line.substring(0, MAX_REASON_CHARS) + "…" : line;
  }

  private static boolean isZip(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      return zip.getNextEntry() != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(PluginSandbox::deleteQuietlyOne);
    } catch (IOException e) {
      LOG.warning(() -> "A plug-in's working directory was left behind: " + dir);
    }
  }

  private static void deleteQuietlyOne(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "A file of a plug-in's working directory was left behind: " + file);
    }
  }
}

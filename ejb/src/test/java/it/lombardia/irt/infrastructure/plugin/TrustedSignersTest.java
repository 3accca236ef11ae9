package it.lombardia.irt.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.infrastructure.signature.DemoCertificates;
import it.lombardia.irt.infrastructure.signature.SigningKey;
import it.lombardia.irt.testing.plugin.PluginJars;
import it.lombardia.irt.testing.plugin.SampleNetworkPlugin;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded jars signed by the Region's keys only, when the Region requires it. */
class TrustedSignersTest {

  private static final SigningKey REGION = DemoCertificates.selfSigned("REGIONE", Instant.now());
  private static final SigningKey STRANGER = DemoCertificates.selfSigned("ALTRI", Instant.now());

  @TempDir Path dir;

  private Path trustStore() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("region", REGION.chain().get(0));
    Path file = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, "changeit".toCharArray());
    }
    return file;
  }

  private TrustedSigners trustingTheRegion() throws Exception {
    return TrustedSigners.from(trustStore(), "changeit");
  }

  private Path jar(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path signed(Path jar, SigningKey key) throws Exception {
    JarSigner signer =
        new JarSigner.Builder(
                key.privateKey(),
                CertificateFactory.getInstance("X.509").generateCertPath(key.chain()))
            .build();
    Path target = dir.resolve("signed-" + jar.getFileName());
    try (ZipFile in = new ZipFile(jar.toFile());
        OutputStream out = Files.newOutputStream(target)) {
      signer.sign(in, out);
    }
    return target;
  }

  /** A copy of the jar with one entry's content replaced, or one entry added. */
  private Path altered(Path jar, String entry, String content) throws Exception {
    Path target = dir.resolve("altered-" + jar.getFileName());
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      boolean replaced = false;
      for (ZipEntry e : Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          out.write(content.getBytes(StandardCharsets.UTF_8));
          replaced = true;
        } else {
          in.getInputStream(e).transferTo(out);
        }
      }
      if (!replaced) {
        out.putNextEntry(new ZipEntry(entry));
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
    }
    return target;
  }

  private String refusal(Path jar) throws Exception {
    TrustedSigners trust = trustingTheRegion();
    return assertThrows(PluginLoadException.class, () -> trust.requireSigned(jar)).getMessage();
  }

  @Test
  void acceptsAJarSignedByTheRegion() throws Exception {
    Path jar = signed(jar("plugin.jar", PluginJars.of(SampleNetworkPlugin.class)), REGION);

    TrustedSigners trust = trustingTheRegion();
    assertDoesNotThrow(() -> trust.requireSigned(jar));
  }

  @Test
  void theSandboxReadsOnlySignedUploadsWhenTheRegionRequiresIt() throws Exception {
    PluginSandbox sandbox = PluginSandboxTest.sandbox(30);
    sandbox.signatureRequired = true;
    sandbox.trustStore = Optional.of(trustStore().toString());
    sandbox.trustStorePassword = Optional.of("changeit");
    byte[] unsigned = PluginJars.of(SampleNetworkPlugin.class);
    byte[] signed = Files.readAllBytes(signed(jar("plugin.jar", unsigned), REGION));

    assertEquals(new SampleNetworkPlugin().define(), sandbox.definitionIn(signed));
    String refusal =
        assertThrows(PluginLoadException.class, () -> sandbox.definitionIn(unsigned)).getMessage();
    assertTrue(refusal.contains("is not signed by a key the Region trusts"), refusal);
  }

  @Test
  void refusesUnsignedJarsAndJarsSignedByAnotherKey() throws Exception {
    Path unsigned = jar("plugin.jar", PluginJars.of(SampleNetworkPlugin.class));

    assertTrue(refusal(unsigned).contains("is not signed by a key the Region trusts"));
    assertTrue(
        refusal(signed(unsigned, STRANGER)).contains("is not signed by a key the Region trusts"));
  }

  @Test
  void refusesASignedJarWithAnAlteredOrAnAddedEntry() throws Exception {
    Path jar = signed(jar("plugin.jar", PluginJars.of(SampleNetworkPlugin.class)), REGION);
    String service = "META-INF/services/it.lombardia.irt.spi.ClinicalNetworkPlugin";

    String altered = refusal(altered(jar, service, "evil.Plugin\n"));
    String added = refusal(altered(jar, "evil/Plugin.class", "not really a class"));

    assertTrue(altered.startsWith("the jar's signature does not match its content"), altered);
    assertTrue(added.contains("entry evil/Plugin.class is not signed"), added);
  }
}

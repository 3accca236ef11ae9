package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import java.io.ByteArrayOutputStream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Builds plug-in jars around {@link TrialNetworkPlugin}, as a working group would ship them. */
public final class TrialPluginJar {

  private TrialPluginJar() {}

  public static byte[] of(String id, String version, double alarmThreshold, String unit) {
    return of(
        TrialNetworkPlugin.class,
        "id="
            + id
            + "\nversion="
            + version
            + "\nalarm="
            + alarmThreshold
            + "\nunit="
            + unit
            + "\n");
  }

  /**
   * A jar whose provider is a subclass of {@link TrialNetworkPlugin} that misbehaves, version
   * 1.0.0; {@code more} adds settings (one {@code key=value} a line) for the subclass.
   */
  public static byte[] misbehaving(
      Class<? extends TrialNetworkPlugin> provider, String id, String more) {
    return of(provider, "id=" + id + "\nversion=1.0.0\n" + more + "\n");
  }

  private static byte[] of(Class<? extends TrialNetworkPlugin> provider, String settings) {
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, "trial-plugin.jar")
            .addClasses(TrialNetworkPlugin.class, provider)
            .addAsServiceProvider(ClinicalNetworkPlugin.class, provider)
            .addAsResource(new StringAsset(settings), TrialNetworkPlugin.SETTINGS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jar.as(ZipExporter.class).exportTo(out);
    return out.toByteArray();
  }
}

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
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, id + "-" + version + ".jar")
            .addClass(TrialNetworkPlugin.class)
            .addAsServiceProvider(ClinicalNetworkPlugin.class, TrialNetworkPlugin.class)
            .addAsResource(
                new StringAsset(
                    "id="
                        + id
                        + "\nversion="
                        + version
                        + "\nalarm="
                        + alarmThreshold
                        + "\nunit="
                        + unit
                        + "\n"),
                TrialNetworkPlugin.SETTINGS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jar.as(ZipExporter.class).exportTo(out);
    return out.toByteArray();
  }
}

package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A test-only plug-in, uploaded by the integration tests. Its id, version, weight threshold and
 * unit come from {@code trial-network.properties} packed in the same jar, so one class yields every
 * variant a test needs (new versions, changed content, an invalid unit).
 */
public class TrialNetworkPlugin implements ClinicalNetworkPlugin {

  public static final String SETTINGS = "trial-network.properties";

  /** The settings packed in this plug-in's jar. */
  protected static Properties settings() {
    Properties p = new Properties();
    try (InputStream in = TrialNetworkPlugin.class.getClassLoader().getResourceAsStream(SETTINGS)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Override
  public NetworkDefinition define() {
    Properties p = settings();
    double alarm = Double.parseDouble(p.getProperty("alarm", "110"));
    String weight = "29463-7";
    Protocol protocol =
        new Protocol(
            "trial-protocol",
            Label.of("Protocollo di prova", "Trial protocol"),
            List.of("trial-source"),
            List.of(
                new Criterion(
                    "adult",
                    Label.of("Adulto", "Adult"),
                    "age-years",
                    Criterion.Operator.AT_LEAST,
                    List.of("18"))),
            List.of(),
            List.of(
                new MonitoredParameter(
                    weight,
                    Label.of("Peso", "Weight"),
                    p.getProperty("unit", "kg"),
                    20,
                    300,
                    Duration.ofDays(1))),
            List.of(
                new Threshold(
                    weight,
                    AlarmLevel.ALARM,
                    Threshold.Direction.ABOVE,
                    alarm,
                    alarm - 10,
                    alarm + 10)),
            List.of(),
            List.of(
                new AlarmAction(
                    AlarmLevel.ALARM,
                    List.of(AlarmAction.Action.CALL_BY_NURSE),
                    Label.of("Chiamare", "Call"))),
            List.of(
                new PathwayStage(
                    "follow-up",
                    Label.of("Follow-up", "Follow-up"),
                    Set.of(TelemedicineService.TELEMONITORING_LEVEL_1))),
            List.of(),
            List.of(),
            List.of());
    return new NetworkDefinition(
        p.getProperty("id"),
        p.getProperty("version"),
        "[1.0,2.0)",
        Label.of("Rete di prova", "Trial network"),
        List.of(
            new ConditionDefinition(
                "trial-condition", Label.of("Condizione di prova", "Trial condition"), protocol)),
        List.of(),
        List.of(),
        List.of(),
        List.of(new Source("trial-source", "Test fixture, not clinical content")));
  }
}

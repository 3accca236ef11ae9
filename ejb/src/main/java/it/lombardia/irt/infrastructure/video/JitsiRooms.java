package it.lombardia.irt.infrastructure.video;

import it.lombardia.irt.application.encounter.VideoJoin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Joins to an ASST's Jitsi Meet: the domain, the room and a token for one participant. Without a
 * configured secret, the demo installation ({@code irt.demo.enabled}, the embedded default) signs
 * with a published demo secret and says so in the log; a real installation must configure one.
 */
@ApplicationScoped
public class JitsiRooms {

  static final String DEMO_SECRET = "irt-demo-jitsi-secret-not-for-production-use";
  private static final Logger LOG = Logger.getLogger(JitsiRooms.class.getName());

  @Inject Config config;
  @Inject Clock clock;

  public VideoJoin join(String tenantCode, String room, JitsiTokens.Participant participant) {
    return join(tenantCode, room, participant, null);
  }

  /** A join whose token expires at {@code notAfter} at the latest (when the link does). */
  public VideoJoin join(
      String tenantCode, String room, JitsiTokens.Participant participant, Instant notAfter) {
    JitsiSettings settings = JitsiSettings.of(tenantCode, key -> lookup(key));
    return new VideoJoin(
        settings.domain(),
        room,
        JitsiTokens.issue(settings, room, participant, clock.instant(), notAfter),
        participant.name());
  }

  private java.util.Optional<String> lookup(String key) {
    java.util.Optional<String> value = config.getOptionalValue(key, String.class);
    if (value.isEmpty()
        && key.equals("irt.jitsi.secret")
        && config.getOptionalValue("irt.demo.enabled", Boolean.class).orElse(true)) {
      LOG.warning("irt.jitsi.secret is not set: video tokens are signed with the demo secret");
      return java.util.Optional.of(DEMO_SECRET);
    }
    return value;
  }
}

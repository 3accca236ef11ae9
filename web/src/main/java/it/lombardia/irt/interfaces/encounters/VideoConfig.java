package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.VideoJoin;
import jakarta.json.Json;

/**
 * What the pages' script needs to open a Jitsi room through its IFrame API ({@code irt-video.js}):
 * the API's address on the configured domain, the room, the participant's token and the name the
 * token carries (a patient's initials, never their full name) — as JSON safe to place inside a
 * script element.
 */
final class VideoConfig {

  private VideoConfig() {}

  static String json(VideoJoin join, boolean moderator) {
    String json =
        Json.createObjectBuilder()
            .add("api", "https://" + join.domain() + "/external_api.js")
            .add("domain", join.domain())
            .add("roomName", join.room())
            .add("jwt", join.token())
            .add("displayName", join.displayName() == null ? "" : join.displayName())
            .add("moderator", moderator)
            .build()
            .toString();
    // a name cannot close the script element
    return json.replace("</", "<\\/");
  }
}

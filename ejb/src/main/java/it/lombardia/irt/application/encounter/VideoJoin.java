package it.lombardia.irt.application.encounter;

/**
 * What a participant's page needs to open an encounter's video room; {@code displayName} is the
 * name in the token, the one the page gives the video service's IFrame API too.
 */
public record VideoJoin(String domain, String room, String token, String displayName) {}

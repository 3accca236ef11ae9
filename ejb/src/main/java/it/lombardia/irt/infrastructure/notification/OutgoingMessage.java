package it.lombardia.irt.infrastructure.notification;

/** One message as a channel sends it; {@code id} lets the receiver recognise a resend. */
public record OutgoingMessage(String id, String address, String subject, String body) {}

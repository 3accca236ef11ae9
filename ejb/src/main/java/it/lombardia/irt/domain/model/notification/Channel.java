package it.lombardia.irt.domain.model.notification;

/** How a message reaches a person: e-mail through the server's mail session, or SMS. */
public enum Channel {
  EMAIL,
  SMS
}

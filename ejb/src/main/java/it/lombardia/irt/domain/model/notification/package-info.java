/**
 * Notifications outside the browser: the channels (e-mail, SMS), what a user may ask to be told
 * about, the user's contact preferences and the outbox of messages waiting to be delivered.
 */
package it.lombardia.irt.domain.model.notification;

/**
 * The channels' adapters: e-mail through the server's mail session ({@code java:jboss/mail/irt}),
 * SMS through a provider's HTTP API. Each reports whether one message was delivered.
 */
package it.lombardia.irt.infrastructure.notification;

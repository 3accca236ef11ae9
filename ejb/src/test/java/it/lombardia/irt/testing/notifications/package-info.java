/** The notification outbox in memory, for the unit tests of the notification service. */
package it.lombardia.irt.testing.notifications;

/**
 * IRT's one notification service: messages to a person by e-mail or SMS, written to the outbox in
 * the caller's transaction and delivered after commit ({@link
 * it.lombardia.irt.application.notification.Notifications} is the API other features call), the
 * users' opt-in settings, and the uses wired to it (escalated alarms, bookings).
 */
package it.lombardia.irt.application.notification;

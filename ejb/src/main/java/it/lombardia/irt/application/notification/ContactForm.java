package it.lombardia.irt.application.notification;

import java.util.Set;

/**
 * A user's contacts and opt-ins as entered (also the JSON body of the API): the e-mail address, the
 * mobile number, the channel ({@code EMAIL}, {@code SMS} or none), the topics ({@code ALARMS},
 * {@code BOOKINGS}) and the messages' language ({@code it}, {@code en}).
 */
public record ContactForm(
    String email, String mobilePhone, String channel, Set<String> topics, String language) {}

package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link ContactForm}: well-formed addresses, known channel and topics, and an address for
 * the chosen channel (opting in to SMS without a number would silently send nothing). Every problem
 * is reported at once.
 */
final class ContactRules {

  /** The checked form: the e-mail address to keep and the preferences. */
  record Checked(String email, ContactPreferences preferences) {}

  private ContactRules() {}

  static Checked check(ContactForm form) {
    if (form == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    List<Problem> problems = new ArrayList<>();
    String email = blankToNull(form.email());
    if (email != null && !ContactPreferences.isEmailAddress(email)) {
      problems.add(new Problem("email", "error.contact.email", "not an e-mail address: " + email));
    }
    String mobile = ContactPreferences.normalisedMobile(blankToNull(form.mobilePhone()));
    if (mobile != null && !ContactPreferences.isMobileNumber(mobile)) {
      problems.add(
          new Problem("mobilePhone", "error.contact.mobile", "not a mobile number: " + mobile));
    }
    Channel channel = null;
    if (blankToNull(form.channel()) != null) {
      try {
        channel = Channel.valueOf(form.channel().trim());
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem("channel", "error.contact.channel", "unknown channel " + form.channel()));
      }
    }
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (String name : form.topics() == null ? Set.<String>of() : form.topics()) {
      try {
        Topic topic = Topic.valueOf(name);
        if (!topic.isOptIn()) {
          throw new IllegalArgumentException(name);
        }
        topics.add(topic);
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(new Problem("topics", "error.contact.topic", "unknown topic " + name));
      }
    }
    if (channel == Channel.EMAIL && email == null) {
      problems.add(
          new Problem("email", "error.contact.emailRequired", "e-mail needs an e-mail address"));
    }
    if (channel == Channel.SMS && mobile == null) {
      problems.add(
          new Problem("mobilePhone", "error.contact.mobileRequired", "SMS needs a mobile number"));
    }
    String language = blankToNull(form.language());
    if (language != null && !language.equals("it") && !language.equals("en")) {
      problems.add(
          new Problem("language", "error.contact.language", "language is it or en: " + language));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(email, new ContactPreferences(mobile, channel, topics, language));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

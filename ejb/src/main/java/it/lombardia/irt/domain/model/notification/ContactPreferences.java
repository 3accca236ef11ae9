package it.lombardia.irt.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's choice of notifications outside the browser: nothing until they opt in. The channel they
 * want, their mobile number (the e-mail address is the account's), the topics and the language of
 * the messages. Messages go out only for a chosen topic, on the chosen channel, to an address that
 * is set.
 */
@Embeddable
public class ContactPreferences {

  /** An international or Italian mobile number: optional "+", 6 to 15 digits. */
  private static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{6,15}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Column(name = "mobile_phone", length = 30)
  private String mobilePhone;

  @Enumerated(EnumType.STRING)
  @Column(name = "notification_channel", length = 10)
  private Channel channel;

  @Convert(converter = TopicSetConverter.class)
  @Column(name = "notification_topics", length = 200)
  private Set<Topic> topics = EnumSet.noneOf(Topic.class);

  @Column(name = "notification_language", length = 5)
  private String language;

  protected ContactPreferences() {}

  public ContactPreferences(
      String mobilePhone, Channel channel, Set<Topic> topics, String language) {
    this.mobilePhone = mobilePhone;
    this.channel = channel;
    this.topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    this.language = language;
  }

  public static ContactPreferences none() {
    return new ContactPreferences(null, null, Set.of(), null);
  }

  /** The address a message on {@code topic} goes to, if the user asked for it and set one. */
  public Optional<String> addressFor(Topic topic, String email) {
    if (channel == null || topic == null || !getTopics().contains(topic)) {
      return Optional.empty();
    }
    String address = channel == Channel.EMAIL ? email : mobilePhone;
    return address == null || address.isBlank() ? Optional.empty() : Optional.of(address);
  }

  public static boolean isMobileNumber(String value) {
    return value != null && MOBILE.matcher(value).matches();
  }

  public static boolean isEmailAddress(String value) {
    return value != null && value.length() <= 200 && EMAIL.matcher(value).matches();
  }

  /** A number as typed ("+39 333 123 4567") without its spaces, dots and dashes. */
  public static String normalisedMobile(String value) {
    return value == null ? null : value.replaceAll("[\\s.\\-/()]", "");
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public Channel getChannel() {
    return channel;
  }

  public Set<Topic> getTopics() {
    return topics == null ? EnumSet.noneOf(Topic.class) : topics;
  }

  /** The language of the messages: Italian unless English was chosen. */
  public String getLanguage() {
    return "en".equals(language) ? "en" : "it";
  }
}

package it.lombardia.irt.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Topic;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

  private static Set<String> keys(InvalidInputException e) {
    return Set.copyOf(e.problems().stream().map(InvalidInputException.Problem::key).toList());
  }

  @Test
  void acceptsAnSmsOptInAndNormalisesTheNumber() {
    ContactRules.Checked checked =
        ContactRules.check(
            new ContactForm(
                " anna@asst.it ", "+39 333 123-4567", "SMS", Set.of("ALARMS", "BOOKINGS"), "en"));
    assertEquals("anna@asst.it", checked.email());
    assertEquals("+393331234567", checked.preferences().getMobilePhone());
    assertEquals(Channel.SMS, checked.preferences().getChannel());
    assertEquals(Set.of(Topic.ALARMS, Topic.BOOKINGS), checked.preferences().getTopics());
  }

  @Test
  void refusesSmsWithoutAMobileNumber() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ContactRules.check(new ContactForm(null, " ", "SMS", Set.of("ALARMS"), "it")));
    assertEquals(Set.of("error.contact.mobileRequired"), keys(e));
  }

  @Test
  void reportsEveryMalformedFieldAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ContactRules.check(
                    new ContactForm("not-an-address", "12ab", "FAX", Set.of("GOSSIP"), "de")));
    assertEquals(
        Set.of(
            "error.contact.email",
            "error.contact.mobile",
            "error.contact.channel",
            "error.contact.topic",
            "error.contact.language"),
        keys(e));
  }

  @Test
  void thePatientLinkIsNoTopicAUserOptsInTo() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ContactRules.check(
                    new ContactForm("a@b.it", null, "EMAIL", Set.of("PATIENT_LINK"), "it")));
    assertEquals(Set.of("error.contact.topic"), keys(e));
  }

  @Test
  void noChannelMeansNoNotificationsWhateverTheTopics() {
    ContactRules.Checked checked =
        ContactRules.check(new ContactForm("a@b.it", null, "", Set.of("ALARMS"), null));
    assertTrue(checked.preferences().addressFor(Topic.ALARMS, "a@b.it").isEmpty());
  }
}

package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.Ticket.RequesterKind;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import java.util.Optional;

/**
 * Where a patient or caregiver who asked for help is told about their ticket: the e-mail address or
 * mobile number they left on it, whichever it is.
 */
record RequesterContact(Channel channel, String address) {

  /** None for staff, sites, or a contact that is neither an e-mail address nor a mobile number. */
  static Optional<RequesterContact> of(Ticket ticket) {
    if (ticket.getRequesterKind() == RequesterKind.STAFF
        || ticket.getRequesterKind() == RequesterKind.SITE
        || ticket.getRequesterContact() == null) {
      return Optional.empty();
    }
    String contact = ticket.getRequesterContact().trim();
    String mobile = ContactPreferences.normalisedMobile(contact);
    if (ContactPreferences.isEmailAddress(contact)) {
      return Optional.of(new RequesterContact(Channel.EMAIL, contact));
    }
    return ContactPreferences.isMobileNumber(mobile)
        ? Optional.of(new RequesterContact(Channel.SMS, mobile))
        : Optional.empty();
  }
}

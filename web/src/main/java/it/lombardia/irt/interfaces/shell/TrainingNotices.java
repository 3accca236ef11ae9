package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.training.TrainingWarnings;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.training.TrainingGap;
import jakarta.enterprise.inject.spi.CDI;
import java.time.format.DateTimeFormatter;

/**
 * Shows, after a page's action succeeded, the training gaps an ASST that warns let pass (seed 003
 * §2.1.6): who lacks which training, in the user's language, as a warning beside the success.
 */
final class TrainingNotices {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TrainingNotices() {}

  static void show() {
    var gaps = CDI.current().select(TrainingWarnings.class).get().gaps();
    if (gaps.isEmpty()) {
      return;
    }
    UserDirectory users = CDI.current().select(UserDirectory.class).get();
    for (TrainingGap g : gaps) {
      String service = FacesMessages.text("service." + g.service().name());
      if (g.expiredOn() == null) {
        FacesMessages.warn("training.warning.missing", users.nameOf(g.username()), service);
      } else {
        FacesMessages.warn(
            "training.warning.expired",
            users.nameOf(g.username()),
            service,
            DAY.format(g.expiredOn()));
      }
    }
  }
}

package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.shared.RuleViolation;

/**
 * Runs a page's action and turns the application's refusals into Faces messages in the user's
 * language, so that every page reports them the same way.
 */
public final class PageActions {

  private PageActions() {}

  /**
   * As {@link #attempt}, with the messages shown where the user is acting ({@code <p:messages
   * for="irt-inline">} in a dialog or row), not at the top of the page.
   */
  public static boolean attemptInline(Runnable action, String successKey) {
    return FacesMessages.inline(() -> attempt(action, successKey));
  }

  /** Runs {@code action}; on success shows {@code successKey} (if not null) and returns true. */
  public static boolean attempt(Runnable action, String successKey) {
    try {
      action.run();
      if (successKey != null) {
        FacesMessages.info(successKey);
      }
      TrainingNotices.show();
      return true;
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } catch (RuleViolation e) {
      FacesMessages.rule(e);
    } catch (AccessDeniedException e) {
      FacesMessages.error("error.forbidden");
    } catch (NotFoundException e) {
      FacesMessages.error("error.notFound");
    }
    return false;
  }
}

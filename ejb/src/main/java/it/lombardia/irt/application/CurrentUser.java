package it.lombardia.irt.application;

import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.util.Set;

/**
 * Who is calling, as pages and resources need to know it — to show their name, to tell whether they
 * own what they look at — without reaching into the security context behind it. Every method but
 * {@link #isPresent()} needs somebody logged in.
 */
public final class CurrentUser {

  private CurrentUser() {}

  /**
   * Makes {@code actor} the caller of the rest of this request (on this thread) until {@link
   * #unbind()}: what the authentication adapter does once it knows who is calling.
   */
  public static void bind(Actor actor) {
    CallContext.set(actor);
  }

  /** Ends the caller of this request, whatever happened. */
  public static void unbind() {
    CallContext.clear();
  }

  /** Whether somebody is logged in on this request. */
  public static boolean isPresent() {
    return CallContext.actor().isPresent();
  }

  /** The username, as stored on what they own (an agenda's owner, an encounter's lead). */
  public static String username() {
    return actor().name();
  }

  /** Whether the caller is the user {@code username}. */
  public static boolean is(String username) {
    return actor().name().equals(username);
  }

  public static String fullName() {
    return actor().fullName();
  }

  public static String tenantCode() {
    return actor().tenantCode();
  }

  public static String tenantName() {
    return actor().tenantName();
  }

  public static Set<Role> roles() {
    return actor().roles();
  }

  /** A physician's specialty; null for everybody else. */
  public static PhysicianSpecialty specialty() {
    return actor().specialty();
  }

  private static Actor actor() {
    return CallContext.requireActor();
  }
}

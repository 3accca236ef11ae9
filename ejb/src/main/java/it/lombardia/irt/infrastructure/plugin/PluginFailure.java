package it.lombardia.irt.infrastructure.plugin;

import java.util.ServiceConfigurationError;

/** What went wrong in a plug-in, for a message: its own exception, not the loaders' wrappers. */
final class PluginFailure {

  private PluginFailure() {}

  /** The exception the plug-in's constructor or static initialiser threw, or {@code e} itself. */
  static Throwable causeOf(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof ServiceConfigurationError
            || cause instanceof ExceptionInInitializerError)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}

package it.lombardia.irt.infrastructure.plugin;

/**
 * A plug-in jar could not be turned into a definition; the message says why, naming the class if
 * any.
 */
public class PluginLoadException extends Exception {

  public PluginLoadException(String message) {
    super(message);
  }
}

package it.lombardia.irt.spi;

import it.lombardia.irt.spi.content.NetworkDefinition;

/**
 * What a clinical network's working group ships: one implementation per plug-in jar, listed in
 * {@code META-INF/services/it.lombardia.irt.spi.ClinicalNetworkPlugin}. IRT calls {@link #define()}
 * once when it loads the jar, validates the returned description and, if valid, activates it as a
 * new version.
 *
 * <p>A plug-in only describes (value objects); IRT evaluates. It must not touch a database, hold
 * tenant or patient state, or start threads. New methods are added only as {@code default} methods
 * marked {@code @since}, so that plug-ins written for an older SPI keep working.
 */
public interface ClinicalNetworkPlugin {

  /** The network's complete clinical content for this version of the plug-in. */
  NetworkDefinition define();
}

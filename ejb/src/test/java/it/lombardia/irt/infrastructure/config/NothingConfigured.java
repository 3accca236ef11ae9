package it.lombardia.irt.infrastructure.config;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A configuration with nothing set: every setting is an ASST's stored value or the default. */
public final class NothingConfigured implements Config {

  /** The ASSTs' settings as they resolve with nothing configured. */
  public static TenantSettings settings() {
    TenantSettings settings = new TenantSettings();
    settings.config = new NothingConfigured();
    return settings;
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    throw new NoSuchElementException(name);
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new NoSuchElementException(name);
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    return Optional.empty();
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return List.of();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return List.of();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> type) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new IllegalArgumentException(type.getName());
  }
}

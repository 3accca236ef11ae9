package it.lombardia.irt.infrastructure.ana;

import it.lombardia.irt.application.patient.AnaRecord;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The application's way to the national patient registry (ANA): reads the {@code irt.ana.*} keys
 * once and serves every lookup with one {@link AnaClient}. Callers check {@link #enabled()} first;
 * a wrong configuration fails the bean's creation with a message naming the key.
 */
@ApplicationScoped
public class AnaLookup {

  @Inject Config config;

  private AnaClient client;

  @PostConstruct
  void init() {
    client = new AnaClient(AnaSettings.fromConfig(config));
  }

  public boolean enabled() {
    return client.enabled();
  }

  /**
   * @see AnaClient#lookup(String)
   */
  public Optional<AnaRecord> lookup(String codiceFiscale) {
    return client.lookup(codiceFiscale);
  }
}

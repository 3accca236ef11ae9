package it.lombardia.irt.application.governance;

import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The real roll-out rule over days stated by a test, for use-case tests without a database. */
public final class ServiceRollouts {

  private ServiceRollouts() {}

  /** Every service enabled for every ASST since long ago, as for the ASSTs that existed. */
  public static ServiceRollout everyService() {
    return from(Clock.systemUTC(), Map.of(), ServiceRollout.EXISTING_FROM);
  }

  /** The services of {@code days} from their day (null: off), every other from {@code others}. */
  public static ServiceRollout from(
      Clock clock, Map<TelemedicineService, LocalDate> days, LocalDate others) {
    ServiceRollout rollout =
        new ServiceRollout() {
          @Override
          protected Optional<LocalDate> enabledFrom(String tenant, TelemedicineService service) {
            return Optional.ofNullable(days.containsKey(service) ? days.get(service) : others);
          }
        };
    rollout.clock = clock;
    return rollout;
  }
}

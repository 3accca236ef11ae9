package it.lombardia.irt.application.record;

import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.util.Collection;

/**
 * The domain's values as arguments of record entries, each by the bundle label the pages already
 * show for it, so an entry reads the way the rest of the UI does.
 */
public final class EntryArgs {

  private EntryArgs() {}

  /** A service inside a sentence, e.g. "televisita". */
  public static EntryArg service(TelemedicineService service) {
    return EntryArg.term("service." + service.name());
  }

  /** A service opening a sentence, e.g. "Televisita". */
  public static EntryArg serviceFirst(TelemedicineService service) {
    return EntryArg.label("service." + service.name());
  }

  /** The services in their natural order, e.g. "televisita, telemonitoraggio di livello 1". */
  public static EntryArg services(Collection<TelemedicineService> services) {
    return EntryArg.terms(services.stream().sorted().map(s -> "service." + s.name()).toList());
  }

  public static EntryArg level(AlarmLevel level) {
    return EntryArg.term("enum.AlarmLevel." + level.name());
  }

  /** The action taken on an alarm, e.g. "telefonata dell'infermiere". */
  public static EntryArg action(AlarmAction.Action action) {
    return EntryArg.term("enum.AlarmAction.Action." + action.name());
  }

  /** How far an objective of the PRI is, e.g. "in corso". */
  public static EntryArg objective(ObjectiveProgress.Status status) {
    return EntryArg.term("objective." + status.name());
  }

  /** The verdict on the protocol's criteria (ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE). */
  public static EntryArg eligibility(String decision) {
    return EntryArg.term("eligibility." + decision);
  }

  public static EntryArg consentMethod(Consent.Method method) {
    return EntryArg.term("consent.method." + method.name());
  }

  /** " del 01/12/2026 09:00" after a service, when it is scheduled. */
  public static EntryArg scheduled(Instant at) {
    return EntryArg.optional(at == null ? null : EntryMessage.ON_DATE.with(EntryArg.dateTime(at)));
  }

  /** An optional remark after a dash, when somebody wrote one. */
  public static EntryArg dashRemark(String remark) {
    return EntryArg.optional(
        remark == null || remark.isBlank()
            ? null
            : EntryMessage.DASH_REMARK.with(EntryArg.text(remark.strip())));
  }
}

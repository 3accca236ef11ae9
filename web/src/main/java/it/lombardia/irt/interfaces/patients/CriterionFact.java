package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.domain.model.network.CriterionUnits;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One fact a protocol's criteria need, as the enrolment form asks it: the criterion's label and the
 * control its type calls for (yes/no, a choice list, a number with its unit, a date).
 *
 * @param type {@code YES_NO}, {@code CHOICE}, {@code NUMBER} or {@code DATE}, for the page
 * @param unit the unit's name, or null
 */
public record CriterionFact(
    String name, Label label, String type, Label unit, List<Criterion.Choice> answers)
    implements Serializable {

  /** The facts of a protocol's inclusion then exclusion criteria, each once. */
  static List<CriterionFact> of(Protocol protocol) {
    Map<String, CriterionFact> facts = new LinkedHashMap<>();
    Stream.concat(protocol.inclusion().stream(), protocol.exclusion().stream())
        .forEach(
            c ->
                facts.putIfAbsent(
                    c.fact(),
                    new CriterionFact(
                        c.fact(),
                        c.label(),
                        c.factType().name(),
                        CriterionUnits.name(c.unit()),
                        c.factType() == Criterion.FactType.CHOICE ? c.answers() : List.of())));
    return List.copyOf(facts.values());
  }
}

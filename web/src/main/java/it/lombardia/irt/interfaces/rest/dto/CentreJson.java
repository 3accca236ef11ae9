package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.CentreAdministration.CentreView;
import java.util.List;

/** A service centre as the Region edits it: the ASSTs it serves by code and name. */
public record CentreJson(
    String code,
    String name,
    List<Asst> assts,
    String phone,
    String email,
    String openingHours,
    String localHolidays,
    List<String> operators,
    String supervisor) {

  /** An ASST the centre serves. */
  public record Asst(String code, String name) {}

  public static CentreJson of(CentreView v) {
    var c = v.centre();
    return new CentreJson(
        c.getCode(),
        c.getName(),
        v.assts().entrySet().stream().map(e -> new Asst(e.getKey(), e.getValue())).toList(),
        c.getPhone(),
        c.getEmail(),
        c.getOpeningHours(),
        c.getLocalHolidays(),
        c.getOperators().stream().sorted().toList(),
        c.getSupervisor());
  }
}

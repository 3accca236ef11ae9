package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.helpdesk.CentreAdministration;
import it.lombardia.irt.application.helpdesk.CentreAdministration.CentreView;
import it.lombardia.irt.application.helpdesk.CentreForm;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The Region administrator's service centres: the ASSTs each serves (by name), its phone, e-mail,
 * opening hours, local holidays and supervisor, edited in a dialog.
 */
@Named
@ViewScoped
public class CentreList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CentreAdministration centres;

  private List<CentreView> rows;
  private Map<String, String> allAssts;
  private String code;
  private String name;
  private List<String> assts = new ArrayList<>();
  private String phone;
  private String email;
  private String openingHours;
  private String localHolidays;
  private String supervisor;
  private List<String> operators = List.of();

  @PostConstruct
  void load() {
    PageActions.attempt(
        () -> {
          rows = centres.list();
          allAssts = centres.assts();
        },
        null);
  }

  public void startEdit(CentreView v) {
    var c = v.centre();
    code = c.getCode();
    name = c.getName();
    assts = new ArrayList<>(v.assts().keySet());
    phone = c.getPhone();
    email = c.getEmail();
    openingHours = c.getOpeningHours();
    localHolidays = c.getLocalHolidays();
    supervisor = c.getSupervisor();
    operators = c.getOperators().stream().sorted().toList();
  }

  public void save() {
    CentreForm form =
        new CentreForm(name, assts, phone, email, openingHours, localHolidays, supervisor);
    if (PageActions.attempt(() -> centres.update(code, form), "centres.saved")) {
      PrimeFaces.current().executeScript("PF('centreDialog').hide()");
      load();
    }
  }

  /** The names of the ASSTs a centre serves, for the table. */
  public String asstNames(CentreView v) {
    return String.join(", ", v.assts().values());
  }

  public List<CentreView> getRows() {
    return rows;
  }

  /** Every ASST, name → code, for the choice of those served. */
  public Map<String, String> getAsstChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    if (allAssts != null) {
      allAssts.forEach((c, n) -> choices.put(n, c));
    }
    return choices;
  }

  public List<String> getOperators() {
    return operators;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getAssts() {
    return assts;
  }

  public void setAssts(List<String> assts) {
    this.assts = assts;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getLocalHolidays() {
    return localHolidays;
  }

  public void setLocalHolidays(String localHolidays) {
    this.localHolidays = localHolidays;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public void setSupervisor(String supervisor) {
    this.supervisor = supervisor;
  }
}

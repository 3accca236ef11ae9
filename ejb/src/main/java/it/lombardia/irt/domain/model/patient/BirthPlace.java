package it.lombardia.irt.domain.model.patient;

/**
 * A place of birth as a codice fiscale encodes it: an Italian municipality or a foreign state, by
 * its Belfiore code (codice catastale).
 *
 * @param province the two-letter province, or {@code EE} for a foreign state
 * @param current false for a former name or a suppressed municipality, which old codes still carry
 */
public record BirthPlace(String code, String name, String province, boolean current) {

  public boolean foreign() {
    return "EE".equals(province);
  }

  /** "Milano (MI)", "Stati Uniti d'America" for a state. */
  public String displayName() {
    return foreign() ? name : name + " (" + province + ")";
  }
}

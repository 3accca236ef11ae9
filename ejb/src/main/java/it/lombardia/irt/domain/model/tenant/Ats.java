package it.lombardia.irt.domain.model.tenant;

/**
 * The eight health protection agencies (ATS) of Regione Lombardia; every ASST belongs to one. They
 * change only by regional law, hence an enum rather than data.
 */
public enum Ats {
  CITTA_METROPOLITANA_MILANO("ATS della Città Metropolitana di Milano"),
  INSUBRIA("ATS dell'Insubria"),
  BRIANZA("ATS della Brianza"),
  BERGAMO("ATS di Bergamo"),
  BRESCIA("ATS di Brescia"),
  VAL_PADANA("ATS della Val Padana"),
  PAVIA("ATS di Pavia"),
  MONTAGNA("ATS della Montagna");

  private final String officialName;

  Ats(String officialName) {
    this.officialName = officialName;
  }

  public String officialName() {
    return officialName;
  }
}

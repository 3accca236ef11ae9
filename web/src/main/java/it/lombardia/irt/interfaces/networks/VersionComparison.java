package it.lombardia.irt.interfaces.networks;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.network.DefinitionDiff;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Side-by-side changes between two versions of a network ({@code ?id=…&from=…&to=…}). */
@Named
@ViewScoped
public class VersionComparison implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NetworkCatalog catalog;

  private String id;
  private String from;
  private String to;
  private List<DefinitionDiff.Difference> differences = List.of();

  public void load() {
    try {
      differences = catalog.compare(id, from, to);
    } catch (NotFoundException e) {
      FacesMessages.error("networks.notFound");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public List<DefinitionDiff.Difference> getDifferences() {
    return differences;
  }
}

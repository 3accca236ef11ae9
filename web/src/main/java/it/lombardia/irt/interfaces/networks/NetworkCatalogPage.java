package it.lombardia.irt.interfaces.networks;

import it.lombardia.irt.application.network.NetworkAdministration;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.application.network.PluginRefusedException;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.spi.validation.ValidationReport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The catalog of clinical networks, and the upload of a new plug-in version for curators and the
 * Region.
 */
@Named
@ViewScoped
public class NetworkCatalogPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_JAR_BYTES = 20L * 1024 * 1024;

  @Inject NetworkCatalog catalog;
  @Inject NetworkAdministration administration;

  private List<NetworkSummary> rows;
  private transient Part file;
  private List<ValidationReport.Problem> refusal = List.of();

  @PostConstruct
  void load() {
    rows = catalog.visible();
  }

  public void upload() {
    refusal = List.of();
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("networks.upload.missing");
      return;
    }
    if (file.getSize() > MAX_JAR_BYTES) {
      FacesMessages.error("networks.upload.tooLarge");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      NetworkRelease release = administration.upload(in.readAllBytes());
      FacesMessages.info("networks.upload.activated", release.getNetworkId(), release.getVersion());
      load();
    } catch (PluginRefusedException e) {
      refusal = e.report().problems();
      FacesMessages.error("networks.upload.refused");
    } catch (IOException e) {
      FacesMessages.error("networks.upload.missing");
    }
  }

  public List<NetworkSummary> getRows() {
    return rows;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<ValidationReport.Problem> getRefusal() {
    return refusal;
  }
}

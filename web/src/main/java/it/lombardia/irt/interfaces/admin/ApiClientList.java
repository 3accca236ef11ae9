package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.apiclient.ApiClientAdministration;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tenant administrator's API clients: issue credentials (the secret is shown once), rotate,
 * disable.
 */
@Named
@ViewScoped
public class ApiClientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiClientAdministration clients;

  private List<ApiClient> rows;
  private String clientId;
  private String name;
  private IssuedCredentials issued;

  @PostConstruct
  void load() {
    rows = clients.list();
  }

  public void issue() {
    try {
      issued = clients.issue(clientId, name);
      clientId = null;
      name = null;
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void rotate(ApiClient client) {
    issued = clients.rotateSecret(client.getId());
  }

  public void setEnabled(ApiClient client, boolean enabled) {
    clients.setEnabled(client.getId(), enabled);
    load();
  }

  public List<ApiClient> getRows() {
    return rows;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IssuedCredentials getIssued() {
    return issued;
  }
}

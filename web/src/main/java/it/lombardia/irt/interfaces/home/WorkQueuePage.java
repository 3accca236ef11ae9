package it.lombardia.irt.interfaces.home;

import it.lombardia.irt.application.home.WorkQueues;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The home page as a work queue: the nurse's open alarms, missing data and calls of today; the GP's
 * proposals, plans to approve or review and monitored patients. Loaded once per visit, only for the
 * roles that have that queue.
 */
@Named
@ViewScoped
public class WorkQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkQueues queues;

  private WorkQueues.NurseQueue nurse;
  private WorkQueues.PhysicianQueue physician;

  public boolean isForNurse() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("NURSE") || context.isUserInRole("HEALTH_PROFESSIONAL");
  }

  public boolean isForPhysician() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PHYSICIAN");
  }

  public WorkQueues.NurseQueue getNurse() {
    if (nurse == null && isForNurse()) {
      nurse = queues.nurse();
    }
    return nurse;
  }

  public WorkQueues.PhysicianQueue getPhysician() {
    if (physician == null && isForPhysician()) {
      physician = queues.physician();
    }
    return physician;
  }
}

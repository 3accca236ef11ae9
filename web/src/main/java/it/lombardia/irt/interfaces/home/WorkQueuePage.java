package it.lombardia.irt.interfaces.home;

import it.lombardia.irt.application.home.AdiQueue;
import it.lombardia.irt.application.home.AdminQueue;
import it.lombardia.irt.application.home.CotQueue;
import it.lombardia.irt.application.home.WorkQueues;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The home page as a work queue: the nurse's open alarms, missing data and calls of today; the GP's
 * proposals, plans to approve or review and monitored patients; the specialist's calls of today and
 * consults to answer; the COT's pathways to process and activate and escalated alarms; the ADI's
 * devices to deliver, install and collect; the administrator's locked accounts. Loaded once per
 * visit, only for the roles that have that queue.
 */
@Named
@ViewScoped
public class WorkQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkQueues queues;
  @Inject CotQueue cotQueue;
  @Inject AdiQueue adiQueue;
  @Inject AdminQueue adminQueue;

  private WorkQueues.NurseQueue nurse;
  private WorkQueues.PhysicianQueue physician;
  private WorkQueues.SpecialistQueue specialist;
  private CotQueue.Queue cot;
  private AdiQueue.Queue adi;
  private AdminQueue.Queue admin;
  private Boolean specialistDay;

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public boolean isForNurse() {
    return inRole("NURSE") || inRole("HEALTH_PROFESSIONAL");
  }

  /** A GP or family paediatrician (a specialist's day is their agenda and consults). */
  public boolean isForPhysician() {
    return inRole("PHYSICIAN") && !isSpecialist();
  }

  public boolean isForSpecialist() {
    return inRole("PHYSICIAN") && isSpecialist();
  }

  public boolean isForCot() {
    return inRole("COT_OPERATOR");
  }

  public boolean isForAdi() {
    return inRole("ADI_OPERATOR");
  }

  public boolean isForAdmin() {
    return inRole("TENANT_ADMIN");
  }

  private boolean isSpecialist() {
    if (specialistDay == null) {
      specialistDay = queues.isSpecialist();
    }
    return specialistDay;
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

  public WorkQueues.SpecialistQueue getSpecialist() {
    if (specialist == null && isForSpecialist()) {
      specialist = queues.specialist();
    }
    return specialist;
  }

  public CotQueue.Queue getCot() {
    if (cot == null && isForCot()) {
      cot = cotQueue.cot();
    }
    return cot;
  }

  public AdiQueue.Queue getAdi() {
    if (adi == null && isForAdi()) {
      adi = adiQueue.adi();
    }
    return adi;
  }

  public AdminQueue.Queue getAdmin() {
    if (admin == null && isForAdmin()) {
      admin = adminQueue.admin();
    }
    return admin;
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.helpdesk.ArticleForm;
import it.lombardia.irt.application.helpdesk.CannedReplyForm;
import it.lombardia.irt.application.helpdesk.KnowledgeBase;
import it.lombardia.irt.interfaces.rest.dto.ArticleJson;
import it.lombardia.irt.interfaces.rest.dto.CannedReplyJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A service centre's knowledge base and canned replies: its operators write them, the people of the
 * ASSTs it serves read its articles; another centre's answer 404.
 */
@Tag(
    name = "Knowledge base",
    description =
        "Base di conoscenza e risposte predefinite del Centro Servizi: gli operatori le scrivono, il personale delle ASST servite legge gli articoli. — A service centre's knowledge base and canned replies: its operators write them, the staff of the ASSTs it serves read the articles.")
@Path("helpdesk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KnowledgeBaseResource {

  @Inject KnowledgeBase knowledge;

  /** The articles suggested for a ticket of {@code category} whose summary reads {@code q}. */
  @GET
  @Path("articles")
  public List<ArticleJson> suggestions(
      @QueryParam("category") String category, @QueryParam("q") String q) {
    return knowledge.suggestions(category, q).stream().map(ArticleJson::of).toList();
  }

  @GET
  @Path("articles/{id}")
  public ArticleJson article(@PathParam("id") long id) {
    return ArticleJson.of(knowledge.article(id));
  }

  @POST
  @Path("articles")
  public Response addArticle(ArticleForm body) {
    return created(ArticleJson.of(knowledge.saveArticle(null, body)));
  }

  @PUT
  @Path("articles/{id}")
  public ArticleJson changeArticle(@PathParam("id") long id, ArticleForm body) {
    return ArticleJson.of(knowledge.saveArticle(id, body));
  }

  @DELETE
  @Path("articles/{id}")
  public Response deleteArticle(@PathParam("id") long id) {
    return deleted(() -> knowledge.deleteArticle(id));
  }

  @GET
  @Path("canned-replies")
  public List<CannedReplyJson> cannedReplies() {
    return knowledge.cannedReplies().stream().map(CannedReplyJson::of).toList();
  }

  @POST
  @Path("canned-replies")
  public Response addCannedReply(CannedReplyForm body) {
    return created(CannedReplyJson.of(knowledge.saveCannedReply(null, body)));
  }

  @PUT
  @Path("canned-replies/{id}")
  public CannedReplyJson changeCannedReply(@PathParam("id") long id, CannedReplyForm body) {
    return CannedReplyJson.of(knowledge.saveCannedReply(id, body));
  }

  @DELETE
  @Path("canned-replies/{id}")
  public Response deleteCannedReply(@PathParam("id") long id) {
    return deleted(() -> knowledge.deleteCannedReply(id));
  }

  /** 201 with the text just written (articles and canned replies answer alike). */
  private static Response created(Object json) {
    return Response.status(Response.Status.CREATED).entity(json).build();
  }

  /** 204 once {@code delete} is done. */
  private static Response deleted(Runnable delete) {
    delete.run();
    return Response.noContent().build();
  }
}

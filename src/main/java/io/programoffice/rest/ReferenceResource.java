package io.programoffice.rest;

import io.programoffice.core.admin.Choice;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.jira.JiraCatalog;
import io.programoffice.rest.dto.ReferenceDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * What forms pick from, for any logged-in user: link types, statuses, custom fields, browsable projects and the
 * schemes' names (a program's owner picks a scheme without seeing its administration).
 */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private static final int MAX_SCHEMES = 1000;
    private final JiraCatalog catalog;
    private final SchemeStore schemes;
    private final Callers callers;

    @Inject
    public ReferenceResource(JiraCatalog catalog, SchemeStore schemes, Callers callers) {
        this.catalog = catalog;
        this.schemes = schemes;
        this.callers = callers;
    }

    @GET
    @Path("/link-types")
    public List<ReferenceDto> linkTypes() {
        callers.require();
        return dtos(catalog.linkTypes());
    }

    @GET
    @Path("/statuses")
    public List<ReferenceDto> statuses() {
        callers.require();
        return dtos(catalog.statuses());
    }

    @GET
    @Path("/fields")
    public List<ReferenceDto> fields() {
        callers.require();
        return dtos(catalog.fields());
    }

    @GET
    @Path("/projects")
    public List<ReferenceDto> projects() {
        callers.require();
        return dtos(catalog.browsableProjects());
    }

    @GET
    @Path("/schemes")
    public List<ReferenceDto> schemes() {
        callers.require();
        return schemes.listFirst(MAX_SCHEMES).stream()
                .map(s -> new ReferenceDto(String.valueOf(s.id()), s.name(), s.description())).toList();
    }

    private static List<ReferenceDto> dtos(List<Choice> choices) {
        return choices.stream().map(c -> new ReferenceDto(c.id(), c.name(), c.detail())).toList();
    }
}

package org.familysafeguarding.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which page of a list the caller asks for: every list endpoint takes it as {@code @BeanParam @Valid PageRequest},
 * so every list pages the same way, with the same bounded size.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "The page, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue(PageResponse.DEFAULT_SIZE)
    @Min(1)
    @Max(PageResponse.MAX_SIZE)
    @Parameter(description = "Items a page, at most " + PageResponse.MAX_SIZE)
    int size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}

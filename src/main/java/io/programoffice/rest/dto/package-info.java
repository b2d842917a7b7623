/** JSON shapes of the REST API, separate from core records; immutable records serialised by Jackson. */
package io.programoffice.rest.dto;

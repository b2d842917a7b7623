package io.programoffice.rest.dto;

/**
 * Body of {@code POST /dependencies}:
 * {@code {"from":"APP-1","to":"WEB-2","type":"Blocks","neededBy":"2027-03-31","lag":2,"note":"..."}}; {@code from}
 * waits on {@code to}.
 */
public record DependencyRequest(String from, String to, String type, String neededBy, Integer lag, String note) {
}

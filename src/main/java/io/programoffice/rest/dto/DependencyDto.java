package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.DependencyAction;
import io.programoffice.core.dependency.DependencyView;
import io.programoffice.core.dependency.StateChange;
import java.util.List;

/**
 * A dependency as the caller sees it: {@code {"linkId","linkType","kind","lag","lagOverridden","state","neededBy",
 * "health","upstream","downstream","upstreamOwner","downstreamOwner","note","version","actions","editable",
 * "programs"}} plus {@code history} on the single-dependency calls. {@code state} is null before anyone proposed it;
 * dates are ISO; {@code actions} are the moves the caller may make now, in negotiation order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"linkId", "linkType", "kind", "lag", "lagOverridden", "state", "neededBy", "health", "upstream",
        "downstream", "upstreamOwner", "downstreamOwner", "note", "version", "actions", "editable", "programs",
        "history"})
public record DependencyDto(long linkId, String linkType, String kind, int lag, boolean lagOverridden, String state,
                            String neededBy, String health, DependencyEndDto upstream, DependencyEndDto downstream,
                            String upstreamOwner, String downstreamOwner, String note, int version,
                            List<String> actions, boolean editable, List<String> programs,
                            List<ChangeDto> history) {
    /** One move: {@code {"at","actor","action","from","to","note"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"at", "actor", "action", "from", "to", "note"})
    public record ChangeDto(String at, String actor, String action, String from, String to, String note) {
        public static ChangeDto of(StateChange c) {
            return new ChangeDto(c.at().toString(), c.actor(), c.action().wireName(),
                    c.from() == null ? null : c.from().wireName(), c.to().wireName(), c.note());
        }
    }

    public static DependencyDto of(DependencyView v) {
        return of(v, null);
    }

    public static DependencyDto of(DependencyView v, List<StateChange> history) {
        var r = v.record();
        return new DependencyDto(v.linkId(), v.linkType(), v.kind().name(), v.lagDays(), v.lagOverridden(),
                r.state() == null ? null : r.state().wireName(), r.neededBy() == null ? null : r.neededBy().toString(),
                v.health().wireName(), DependencyEndDto.of(v.upstream()), DependencyEndDto.of(v.downstream()),
                r.upstreamOwner(), r.downstreamOwner(), r.note(), r.version(),
                v.actions().stream().sorted().map(DependencyAction::wireName).toList(), v.editable(), v.programs(),
                history == null ? null : history.stream().map(ChangeDto::of).toList());
    }
}

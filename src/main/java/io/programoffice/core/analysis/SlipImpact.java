package io.programoffice.core.analysis;

import java.util.List;

/**
 * What a slip moves.
 *
 * @param slipped           the key of the issue that slips
 * @param days              by how many working days its finish slips
 * @param moves             every other issue whose early dates move, most moved first, then by key
 * @param projectFinishDays working days the project finish moves
 */
public record SlipImpact(String slipped, int days, List<IssueMove> moves, int projectFinishDays) {
    public SlipImpact {
        moves = List.copyOf(moves);
    }
}

package io.programoffice.rest.dto;

import io.programoffice.core.risk.HeatMap;
import io.programoffice.core.risk.RiskExposure;
import java.util.Locale;

/**
 * A program's risk heat map as the REST API answers it: {@code {"program","enabled","riskType","basis","cells",
 * "unassessed","open","exposure","high"}}; {@code cells[probability-1][impact-1]} counts the open risks the caller
 * may browse; {@code enabled} false (and every count 0) when the program's scheme keeps no risks.
 */
public record HeatMapDto(String program, boolean enabled, String riskType, String basis, int[][] cells,
                         int unassessed, int open, int exposure, int high) {
    public static HeatMapDto of(String program, String riskType, HeatMap.Basis basis, HeatMap map,
                                RiskExposure exposure) {
        return new HeatMapDto(program, riskType != null, riskType, basis.name().toLowerCase(Locale.ROOT),
                map.cells(), map.unassessed(), exposure.open(), exposure.exposure(), exposure.high());
    }
}

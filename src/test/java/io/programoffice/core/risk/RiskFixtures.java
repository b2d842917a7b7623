package io.programoffice.core.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Drawn risks: every field set, missing or varied at random, from a seed. */
final class RiskFixtures {
    static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private RiskFixtures() {
    }

    static List<Risk> drawn(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Risk> out = new ArrayList<>();
        String[] teams = {"API", "APP", "WEB", null};
        String[] owners = {"alice", "bob", null};
        for (int i = 1; i <= n; i++) {
            Integer p = r.nextInt(8) == 0 ? null : 1 + r.nextInt(5);
            Integer im = r.nextInt(8) == 0 ? null : 1 + r.nextInt(5);
            boolean residual = p != null && im != null && r.nextBoolean();
            Integer rp = residual ? 1 + r.nextInt(p) : null;
            Integer ri = residual ? 1 + r.nextInt(im) : null;
            int roam = r.nextInt(5);
            out.add(new Risk("RISK-" + i, "Risk " + i, teams[r.nextInt(teams.length)], p, im, rp, ri,
                    roam == 4 ? null : Roam.values()[roam], owners[r.nextInt(owners.length)],
                    r.nextInt(4) == 0 ? null : TODAY.plusDays(r.nextInt(120) - 30), r.nextBoolean(),
                    r.nextInt(6) == 0));
        }
        return out;
    }
}

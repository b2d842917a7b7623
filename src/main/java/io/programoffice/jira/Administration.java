package io.programoffice.jira;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.admin.SchemeAdministration;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Wires the core's program and scheme administration to the ActiveObjects stores, Jira references and the clock. */
@Named
public class Administration {
    private final ProgramAdministration programs;
    private final SchemeAdministration schemes;

    @Inject
    public Administration(ProgramStore programStore, SchemeStore schemeStore, JiraReferences references,
                          AuditLog audit, AoTransactions transactions) {
        Clock clock = Clock.systemUTC();
        this.programs = new ProgramAdministration(programStore, schemeStore, references, audit, transactions, clock);
        this.schemes = new SchemeAdministration(schemeStore, programStore, references, audit, transactions, clock);
    }

    public ProgramAdministration programs() {
        return programs;
    }

    public SchemeAdministration schemes() {
        return schemes;
    }
}

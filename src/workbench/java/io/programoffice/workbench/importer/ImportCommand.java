package io.programoffice.workbench.importer;

import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar program-office-workbench.jar import [--data-dir DIR] PATH...}: loads Jira REST v2 JSON into the
 * workbench database without starting the server. Exit status: 0 when anything was loaded, 1 when nothing was, 2 with
 * one line on a bad argument, a missing PATH or an unusable data dir.
 */
public final class ImportCommand {
    /** The usage line. */
    public static final String USAGE = "usage: java -jar program-office-workbench.jar import [--data-dir DIR] PATH...";

    private ImportCommand() {
    }

    /**
     * Runs the import.
     *
     * @param args the arguments after {@code import}
     * @param defaultDataDir the data dir when {@code --data-dir} is not given
     * @return the exit status
     */
    public static int run(String[] args, Path defaultDataDir, PrintStream out, PrintStream err) {
        Path dataDir = defaultDataDir;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> {
                    if (i + 1 >= args.length) {
                        return fail(err, "import: --data-dir needs a value\n" + USAGE);
                    }
                    dataDir = Path.of(args[++i]);
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return fail(err, "import: unknown option " + args[i] + "\n" + USAGE);
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty()) {
            return fail(err, "import: no PATH given\n" + USAGE);
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return fail(err, "import: " + path + " does not exist");
            }
        }
        WorkbenchDatabase database;
        try {
            database = WorkbenchDatabase.open(dataDir);
        } catch (WorkbenchDataException e) {
            return fail(err, "import: cannot use data dir " + dataDir.toAbsolutePath() + ": " + e.getMessage());
        }
        try (database) {
            database.seedUsers();
            out.println("Importing into " + database.dataDir());
            JiraImporter importer = new JiraImporter(database, out);
            for (Path path : paths) {
                importer.importPath(path);
            }
            ImportReport report = importer.finish();
            report.lines().forEach(out::println);
            out.flush();
            return report.loadedAnything() ? 0 : 1;
        } catch (RuntimeException e) {
            return fail(err, "import: failed: " + e.getMessage());
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println(message);
        err.flush();
        return 2;
    }
}

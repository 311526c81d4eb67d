package org.moomoo.jobs.listensimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobRefusedException;

/**
 * The export an import reads, what in it holds listens, and whose listens they are. Not final: the
 * step's scope proxies it.
 */
class ImportSource {

    private final ExportFile export;
    private final ExportPlan plan;
    private final String username;

    ImportSource(ExportFile export, ExportPlan plan, String username) {
        this.export = export;
        this.plan = plan;
        this.username = username;
    }

    /** The open file. */
    ExportFile export() {
        return export;
    }

    /** Its format and the parts to read. */
    ExportPlan plan() {
        return plan;
    }

    /** The user the listens are stored under. */
    String username() {
        return username;
    }

    /** Opens the export of {@code parameters}; refuses when no username can be found. */
    static ImportSource open(ListensImportParameters parameters, Map<String, String> environment) {
        ExportFile export = ExportFile.open(parameters.file());
        try {
            ExportPlan plan = ExportPlan.of(export, parameters.format());
            String username = ImportUser.resolve(parameters.username(), export, plan, environment)
                    .orElseThrow(() -> new JobRefusedException(ImportUser.missing()));
            return new ImportSource(export, plan, username);
        } catch (RuntimeException e) {
            export.close();
            throw e;
        }
    }

    /**
     * The launcher's check: a run that could not name the user, or whose file holds no history it
     * can read, is a usage error before anything starts.
     */
    static void check(Map<String, String> values, Map<String, String> environment) {
        String file = values.get(ListensImportParameters.FILE.name());
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return;
        }
        ListensImportParameters parameters = new ListensImportParameters(
                Path.of(file),
                Optional.ofNullable(values.get(ListensImportParameters.USERNAME.name()))
                        .filter(s -> !s.isBlank()),
                values.getOrDefault(ListensImportParameters.FORMAT.name(), "auto"));
        try {
            open(parameters, environment).export().close();
        } catch (JobRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

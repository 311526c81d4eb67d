package org.moomoo.jobs.launcher;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.moomoo.jobs.launcher.JobControl.UsageException;

/** Parses and checks the {@code key=value} arguments of {@code jobs run} against a job's description. */
final class JobArguments {

    private JobArguments() {}

    /** The normalised parameters, sorted by key; a message lists what is valid when something is not. */
    static Map<String, String> parse(JobDescription job, List<String> arguments) {
        Map<String, JobParameterSpec> specs =
                job.parameters().stream().collect(Collectors.toMap(JobParameterSpec::name, spec -> spec));
        Map<String, String> values = new TreeMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("'" + argument + "' is not key=value; " + valid(job));
            }
            String key = argument.substring(0, eq);
            JobParameterSpec spec = specs.get(key);
            if (spec == null) {
                throw new UsageException(job.name() + " has no parameter '" + key + "'; " + valid(job));
            }
            if (values.containsKey(key)) {
                throw new UsageException("parameter '" + key + "' is given twice");
            }
            try {
                values.put(key, spec.normalise(argument.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        for (JobParameterSpec spec : job.parameters()) {
            if (spec.required() && !values.containsKey(spec.name())) {
                throw new UsageException(job.name() + " needs " + spec.name() + "=... (" + spec.description() + ")");
            }
        }
        try {
            job.check().accept(values);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return values;
    }

    private static String valid(JobDescription job) {
        if (job.parameters().isEmpty()) {
            return job.name() + " takes no parameters";
        }
        return "valid parameters of " + job.name() + ": "
                + job.parameters().stream()
                        .map(p -> p.name() + (p.required() ? " (required)" : ""))
                        .collect(Collectors.joining(", "));
    }
}

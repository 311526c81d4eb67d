package org.moomoo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.moomoo.database.DatabaseUri;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kill test of one job: {@code <main> jobs run JOB k=v ... --json} in a child JVM
 * ({@link JobProcess}), straight through in one database, and in another killed with SIGKILL
 * once a condition shows it is in the middle of its longest step, then run again with the same
 * command. The test then compares the two databases' tables with {@link #fingerprint}.
 */
public final class KillHarness {

    /** Long enough for any kill test's job on a loaded machine; a hung child fails the test instead of the build. */
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final String mainClass;
    private final Map<String, String> environment;

    /**
     * @param mainClass   the command line's main class (the jobs module's {@code MoomooCommand})
     * @param environment added to every child's environment: the fake servers' URLs
     */
    public KillHarness(String mainClass, Map<String, String> environment) {
        this.mainClass = mainClass;
        this.environment = Map.copyOf(environment);
    }

    /** Runs {@code jobs run JOB arguments... --json} to its end and returns its output; fails unless it exits 0. */
    public String run(DatabaseUri database, String job, String... arguments) {
        try (JobProcess process = JobProcess.start(database, environment, mainClass, command(job, arguments))) {
            return process.waitForSuccess(LIMIT);
        }
    }

    /**
     * Runs the same command again after {@link #kill} and checks that the launcher resumed the
     * killed execution: the job has exactly two executions, in one job instance, the killed one
     * marked FAILED (no longer STARTED) and the new one COMPLETED. Returns the run's output.
     */
    public String resume(DatabaseUri database, String job, String... arguments) {
        String output = run(database, job, arguments);
        String executions = JdbcClient.create(TestDatabases.dataSource(database))
                .sql("""
                        select count(distinct i.job_instance_id) || ' instance(s): '
                               || string_agg(e.status, ',' order by e.job_execution_id)
                          from batch.batch_job_execution e
                          join batch.batch_job_instance i on i.job_instance_id = e.job_instance_id
                         where i.job_name = ?
                        """)
                .param(job)
                .query(String.class)
                .single();
        assertThat(executions)
                .as("the executions of %s after the kill and the run again:%n%s", job, output)
                .isEqualTo("1 instance(s): FAILED,COMPLETED");
        return output;
    }

    /**
     * Starts {@code jobs run JOB arguments... --json} and kills it with SIGKILL once {@code midStep}
     * holds on the database (polled every 50 ms); fails when the job ends first.
     */
    public void kill(DatabaseUri database, Predicate<JdbcClient> midStep, String job, String... arguments) {
        killWhenOutput(database, (jdbc, output) -> midStep.test(jdbc), job, arguments);
    }

    /**
     * As {@link #kill}, with a condition on the database and on what the job printed so far (its
     * progress lines), for a step that commits nothing until it ends.
     */
    public void killWhenOutput(
            DatabaseUri database, BiPredicate<JdbcClient, String> midStep, String job, String... arguments) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.dataSource(database));
        try (JobProcess process = JobProcess.start(database, environment, mainClass, command(job, arguments))) {
            process.killWhen(() -> midStep.test(jdbc, process.output()), LIMIT);
        }
        // Where the kill hit, for the test's output: the last step as the killed process left it.
        System.out.println("kill test: " + job + " killed in "
                + jdbc.sql("""
                                select 'step ' || s.step_name || ' (' || s.status || ', ' || s.commit_count
                                       || ' commit(s), ' || s.read_count || ' read, ' || s.write_count || ' written)'
                                  from batch.batch_step_execution s
                                  join batch.batch_job_execution e on e.job_execution_id = s.job_execution_id
                                  join batch.batch_job_instance i on i.job_instance_id = e.job_instance_id
                                 where i.job_name = ?
                                 order by s.step_execution_id desc limit 1
                                """).param(job).query(String.class).optional().orElse("no step"));
    }

    /**
     * Whether step {@code step} of {@code job} is running (STARTED) and has committed at least
     * {@code commits} chunks or tasklet calls: the job is past the first commit of that step and
     * not done with it.
     */
    public static boolean inStep(JdbcClient jdbc, String job, String step, int commits) {
        return jdbc.sql("""
                        select count(*) from batch.batch_step_execution s
                          join batch.batch_job_execution e on e.job_execution_id = s.job_execution_id
                          join batch.batch_job_instance i on i.job_instance_id = e.job_instance_id
                         where i.job_name = ? and s.step_name = ? and s.status = 'STARTED' and s.commit_count >= ?
                        """).params(job, step, commits).query(Integer.class).single() > 0;
    }

    /** The number {@code countQuery} (a {@code select count(*) ...}) gives. */
    public static long count(JdbcClient jdbc, String countQuery) {
        return jdbc.sql(countQuery).query(Long.class).single();
    }

    /**
     * An MD5 of the rows {@code query} returns, in its order, with the row count: equal fingerprints
     * mean equal tables. The query must order its rows fully.
     */
    public static String fingerprint(JdbcClient jdbc, String query) {
        return jdbc.sql("select count(*) || ' rows ' || md5(coalesce(string_agg(r::text, E'\\n'), '')) from (" + query
                        + ") as r")
                .query(String.class)
                .single();
    }

    private static List<String> command(String job, String... arguments) {
        List<String> command = new ArrayList<>(List.of("jobs", "run", job));
        command.addAll(List.of(arguments));
        command.add("--json");
        return command;
    }
}

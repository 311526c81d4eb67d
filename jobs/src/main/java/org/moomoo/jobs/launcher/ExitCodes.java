package org.moomoo.jobs.launcher;

/**
 * Exit codes of {@code moomoo jobs}, documented in the README. Airflow's BashOperator reads 99 as
 * "skipped", so no failure ever uses it.
 */
public final class ExitCodes {

    /** The job COMPLETED (including a quiet "nothing to do"). */
    public static final int COMPLETED = 0;
    /** The job ran and FAILED or was STOPPED; running the same command again resumes it. */
    public static final int FAILED = 1;
    /** Unknown job or parameter, bad value, unknown execution: nothing was started. */
    public static final int USAGE = 2;
    /** The same job with the same parameters is running in another process. */
    public static final int ALREADY_RUNNING = 3;
    /** The database cannot be reached or is misconfigured. */
    public static final int DATABASE = 4;

    private ExitCodes() {}
}

package org.moomoo.jobs;

import java.util.Collection;
import org.moomoo.jobs.launcher.JobDescription;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.BeanFactory;

/**
 * The application's jobs, each built only when asked for by name. Spring Batch's own registry
 * builds every {@code Job} bean when the job operator is made; this one lets a command that runs
 * one job (or none, like {@code jobs status}) build only that job's beans, with lazy
 * initialisation (JobsContext).
 *
 * <p>Every job configuration names its {@code Job} bean after the job: {@code local-files} is
 * {@code localFilesJob} ({@code JobsApplicationTest} checks it for every job of the catalog).
 */
final class JobBeans implements JobRegistry {

    private final BeanFactory beans;

    JobBeans(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Job getJob(String name) {
        return beans.getBean(beanName(name), Job.class);
    }

    @Override
    public Collection<String> getJobNames() {
        return JobCatalog.descriptions().stream().map(JobDescription::name).toList();
    }

    @Override
    public void register(Job job) {
        throw new UnsupportedOperationException("the jobs are the application's beans; declare " + job.getName()
                + " as a bean named " + beanName(job.getName()));
    }

    @Override
    public void unregister(String name) {
        throw new UnsupportedOperationException("the jobs are the application's beans");
    }

    /** The bean name of a job: its name in camel case, then "Job". */
    static String beanName(String jobName) {
        StringBuilder bean = new StringBuilder();
        boolean upper = false;
        for (char c : jobName.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                bean.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return bean.append("Job").toString();
    }
}

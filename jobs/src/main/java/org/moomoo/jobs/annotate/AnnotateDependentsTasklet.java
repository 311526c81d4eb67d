package org.moomoo.jobs.annotate;

import java.util.ArrayList;
import java.util.List;
import org.moomoo.jobs.worklist.Partition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of {@code annotate-mbids dependents=true}: annotates the MBIDs that annotated
 * documents lead to (artist -> releases -> release groups) and that have no annotation yet, one
 * chunk per call, each call its own transaction, until there are none. The next chunk is chosen
 * from the table each time, so a restart goes on where the last commit left off. Not final:
 * Spring proxies it to scope it to one job execution.
 */
class AnnotateDependentsTasklet implements Tasklet {

    static final int CHUNK_SIZE = 10;

    private static final Logger log = LoggerFactory.getLogger(AnnotateDependentsTasklet.class);

    private final AnnotationQueue queue;
    private final Annotator annotator;
    private final AnnotationsTable table;
    private final Partition partition;

    AnnotateDependentsTasklet(AnnotationQueue queue, Annotator annotator, AnnotationsTable table, Partition partition) {
        this.queue = queue;
        this.annotator = annotator;
        this.table = table;
        this.partition = partition;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Target> next = queue.dependents(partition, CHUNK_SIZE);
        if (next.isEmpty()) {
            log.info("Found no more dependent mbid(s) to annotate.");
            return RepeatStatus.FINISHED;
        }
        log.info("Found dependent mbid(s) to annotate; annotating {}...", next.size());
        List<Annotation> annotations = new ArrayList<>();
        for (Target target : next) {
            annotations.add(annotator.process(target));
        }
        table.write(annotations);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(annotations.size());
        return RepeatStatus.CONTINUABLE;
    }
}

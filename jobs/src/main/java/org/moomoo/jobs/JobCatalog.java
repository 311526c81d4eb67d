package org.moomoo.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.moomoo.jobs.annotate.AnnotateMbidsJobConfig;
import org.moomoo.jobs.annotate.AnnotationDaemonJobConfig;
import org.moomoo.jobs.artistsimilarity.ArtistSimilarityJobConfig;
import org.moomoo.jobs.artiststats.ArtistStatsJobConfig;
import org.moomoo.jobs.collections.CreateCollectionsJobConfig;
import org.moomoo.jobs.collections.LovedTracksJobConfig;
import org.moomoo.jobs.collections.RevisitReleasesJobConfig;
import org.moomoo.jobs.collections.RevisitTracksJobConfig;
import org.moomoo.jobs.collections.SmartMixesJobConfig;
import org.moomoo.jobs.collections.TopArtistsJobConfig;
import org.moomoo.jobs.conditioner.ConditionerJobsConfig;
import org.moomoo.jobs.embed.EmbedJobConfig;
import org.moomoo.jobs.evaluate.EvaluateJobConfig;
import org.moomoo.jobs.feedback.FeedbackJobConfig;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.listenbrainzdump.ListenBrainzDumpJobConfig;
import org.moomoo.jobs.listens.ListensJobConfig;
import org.moomoo.jobs.listensimport.ListensImportJobConfig;
import org.moomoo.jobs.localfiles.LocalFilesJobConfig;
import org.moomoo.jobs.models.BuildModelsJobConfig;
import org.moomoo.jobs.msidmap.MsidMapJobConfig;
import org.moomoo.jobs.musicbrainzdump.MusicBrainzDumpJobConfig;
import org.moomoo.jobs.similaruseractivity.SimilarUserActivityJobConfig;

/**
 * Every job's description, made without Spring or a database, so that {@code jobs list} starts in
 * a fraction of a second. The descriptions are the ones the job configurations declare as beans;
 * {@code JobsApplicationTest} checks that this list describes every job of the application.
 */
public final class JobCatalog {

    private JobCatalog() {}

    /** Every job, by name. */
    public static List<JobDescription> descriptions() {
        return Stream.of(
                        LocalFilesJobConfig.localFilesDescription(),
                        ListensImportJobConfig.listensImportDescription(),
                        EmbedJobConfig.embedDescription(),
                        ConditionerJobsConfig.conditionerBuildDescription(),
                        ConditionerJobsConfig.conditionerApplyDescription(),
                        BuildModelsJobConfig.listedDescription(),
                        CreateCollectionsJobConfig.createCollectionsDescription(),
                        LovedTracksJobConfig.lovedTracksDescription(),
                        RevisitTracksJobConfig.revisitTracksDescription(),
                        RevisitReleasesJobConfig.revisitReleasesDescription(),
                        TopArtistsJobConfig.topArtistsDescription(),
                        SmartMixesJobConfig.smartMixesDescription(),
                        ListensJobConfig.listensDescription(),
                        FeedbackJobConfig.listenbrainzFeedbackDescription(),
                        SimilarUserActivityJobConfig.similarUserActivityDescription(),
                        ArtistStatsJobConfig.artistStatsDescription(),
                        MsidMapJobConfig.msidMapDescription(),
                        ArtistSimilarityJobConfig.updateArtistSimilarityMatrixDescription(),
                        EvaluateJobConfig.evaluateDescription(),
                        ListenBrainzDumpJobConfig.listenbrainzDataDumpDescription(),
                        MusicBrainzDumpJobConfig.musicbrainzDataDumpDescription(),
                        AnnotateMbidsJobConfig.annotateMbidsDescription(),
                        AnnotationDaemonJobConfig.annotationDaemonDescription())
                .sorted(Comparator.comparing(JobDescription::name))
                .toList();
    }
}

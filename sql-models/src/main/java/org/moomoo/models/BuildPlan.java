package org.moomoo.models;

import java.time.Instant;
import java.util.List;

/**
 * One build: which models, into which build schema, at what "now".
 *
 * @param buildSchema where the models are built before they are published
 * @param models      the selected models in build order (ephemeral ones included)
 * @param fixedNow    the clock of a test build, or null for the database clock
 * @param fullRefresh rebuild incremental models from scratch
 */
public record BuildPlan(String buildSchema, List<String> models, Instant fixedNow, boolean fullRefresh) {

    public BuildPlan {
        models = List.copyOf(models);
    }

    public boolean includes(String model) {
        return models.contains(model);
    }
}

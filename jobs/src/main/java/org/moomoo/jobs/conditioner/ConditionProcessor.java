package org.moomoo.jobs.conditioner;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Conditions one raw vector with the current model. Not final: Spring proxies it to load the model
 * when the step starts (after the fit step of the same job).
 */
class ConditionProcessor implements ItemProcessor<RawVector, ConditionedVector> {

    private final PcaConditioner model;
    private final String hash;

    ConditionProcessor(PcaConditioner model) {
        this.model = model;
        this.hash = model.hash();
    }

    @Override
    public ConditionedVector process(RawVector raw) {
        return new ConditionedVector(raw.filepath(), model.apply(raw.vector()), hash);
    }
}

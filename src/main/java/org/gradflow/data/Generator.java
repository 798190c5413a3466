package org.gradflow.data;

import org.gradflow.model.DatasetSpec;

/**
 * Makes a synthetic dataset. Implementations are deterministic: the same spec (including its seed) always
 * gives the same rows in the same order, drawn from {@link java.util.SplittableRandom}s seeded with
 * {@link DatasetSpec#seed()}. Rows come grouped or in generation order; {@link Datasets#load} shuffles them.
 */
public interface Generator {
    /**
     * @param spec the dataset spec, not {@code null}; the generator reads the fields its kind uses
     *             ({@code samples}, {@code noise}, {@code seed}, and {@code classes}, {@code features},
     *             {@code outputs} where they apply) and ignores its {@code kind}
     * @return {@code spec.samples()} rows of {@code spec.inputWidth()} inputs and {@code spec.targetWidth()}
     *         targets for the generator's kind, never {@code null}
     */
    RawData generate(DatasetSpec spec);
}

/**
 * Datasets: the generators (spiral, moons, circles, XOR, gaussian blobs, sine regression, teacher network),
 * the streaming CSV import, the shuffled train/validation split and input standardisation.
 * {@link org.gradflow.data.Datasets#load} turns a {@link org.gradflow.model.DatasetSpec} into a
 * {@link org.gradflow.data.Dataset} of ND4J float arrays; everything before that last step is plain Java
 * ({@link org.gradflow.data.RawData}) and can be used without ND4J. No JavaFX here.
 */
package org.gradflow.data;

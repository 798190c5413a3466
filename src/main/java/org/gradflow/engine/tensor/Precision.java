package org.gradflow.engine.tensor;

import org.nd4j.linalg.api.buffer.DataType;

/** Number format of every buffer of a network: float32 for training, float64 for gradient checks. */
public enum Precision {
    FLOAT32(DataType.FLOAT), FLOAT64(DataType.DOUBLE);

    private final DataType dataType;

    Precision(DataType dataType) {
        this.dataType = dataType;
    }

    /** @return the matching ND4J data type */
    public DataType dataType() {
        return dataType;
    }
}

package org.gradflow.model;

/** Where a layer's batch normalisation sits, if it has one. */
public enum NormPlacement {
    NONE, BEFORE_ACTIVATION, AFTER_ACTIVATION
}

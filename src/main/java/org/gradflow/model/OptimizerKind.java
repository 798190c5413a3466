package org.gradflow.model;

/** The parameter update rules; see {@link OptimizerSpec} for their hyperparameters. */
public enum OptimizerKind {
    SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM
}

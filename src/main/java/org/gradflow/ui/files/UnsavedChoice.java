package org.gradflow.ui.files;

/** The answers to "save the changes first?". */
public enum UnsavedChoice {
    SAVE, DISCARD, CANCEL
}

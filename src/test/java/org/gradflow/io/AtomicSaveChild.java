package org.gradflow.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A child process for {@link AtomicSaveKillTest}: saves a large experiment file to the same path over and over, with
 * a counter in the file, until it is killed.
 */
public final class AtomicSaveChild {
    private AtomicSaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        int megabytes = Integer.parseInt(args[2]);
        ExperimentFile base = ExperimentFiles.load(sample);
        String filler = "x".repeat(megabytes * 1024 * 1024);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            ObjectNode history = JsonSupport.MAPPER.createObjectNode();
            history.put("round", i);
            history.put("filler", filler);
            ExperimentFiles.save(new ExperimentFile(base.spec(), history, null), target);
        }
    }
}

package org.gradflow.ui.recovery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.gradflow.io.ExperimentFile;
import org.gradflow.ui.testing.UiSpecs;

/**
 * A child process for {@link RecoveryWriteKillTest}: writes its recovery file (a large run) over and over, with a
 * counter in it, until it is killed. Arguments: the recovery folder, the session id, megabytes of filler.
 */
public final class RecoveryWriteChild {
    private RecoveryWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]), Long.parseLong(args[1]), pid -> false);
        String filler = "x".repeat(Integer.parseInt(args[2]) * 1024 * 1024);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.write(content(i, filler), Path.of("/work/run-" + i + ".json"));
        }
    }

    /** @return a run whose History section holds the round and the filler text */
    static ExperimentFile content(long round, String filler) {
        ObjectNode history = JsonNodeFactory.instance.objectNode();
        history.put("round", round);
        history.put("filler", filler);
        return new ExperimentFile(UiSpecs.fiveLayers(10), history, null);
    }
}
